# forcesim in a container: the same program runs as a silo (`silo`) or as a client (`run ... --cluster ...`).
# Build stage: the .NET 10 SDK publishes the CLI (with the shipped scenarios beside it).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Simulation.sln ./
COPY src/ src/
COPY scenarios/ scenarios/
RUN dotnet publish src/ForceSim.Cli/ForceSim.Cli.csproj -c Release -o /app

# Runtime stage: the ASP.NET Core 10 runtime (forcesim serve), plus a font and fontconfig so report charts have text.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-dejavu-core libfontconfig1 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Silo and gateway ports (forcesim silo --silo-port / --gateway-port defaults).
EXPOSE 11111 30000
ENTRYPOINT ["dotnet", "/app/forcesim.dll"]
CMD ["--help"]
