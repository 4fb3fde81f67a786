using ForceSim.Experiments;
using ForceSim.Experiments.Cluster;
using ForceSim.Experiments.Jobs;
using ForceSim.Grains.Hosting;
using ForceSim.Web.Api;
using ForceSim.Web.Components;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Configuration.Memory;
using MudBlazor.Services;
using Orleans.Dashboard;

namespace ForceSim.Web.Hosting;

/// <summary>
/// Builds and runs the web app: pages and the JSON API over the job manager, behind the key when one is set, with an
/// embedded Orleans silo unless it is a client of a cluster.
/// </summary>
public static class ForceSimServer
{
    /// <summary>Runs until <paramref name="cancellationToken"/> or the host is stopped; 2 for bad settings (with a message).</summary>
    public static async Task<int> RunAsync(ServeSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            ServeSafety.Check(settings.Urls, settings.ApiKey);
            var cluster = settings.ClusterAddress ?? (settings.Cluster is null ? null : ClusterTarget.Parse(settings.Cluster));
            await using var app = Build(settings, [], AppContext.BaseDirectory);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (cluster is not null && e is not OperationCanceledException and not IOException)
            {
                // The client of the cluster could not connect: the operator's to fix, said plainly.
                throw new IOException($"Could not connect to cluster {cluster}: {cluster.Security.Redact(e.Message)} Is a `forcesim silo` running with that Redis and cluster id?", e);
            }

            await output.WriteLineAsync($"ForceSim is serving at {string.Join(", ", app.Urls)}{(cluster is null ? "" : $", as a client of cluster {cluster}")}. Ctrl+C stops it.").ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (InvalidRequestException e)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (IOException e)
        {
            // A port in use, an unwritable data folder: the operator's to fix, said plainly.
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 3;
        }
    }

    /// <param name="contentRoot">The folder the app's files are in (null: the current folder, or the test host's choice).</param>
    public static WebApplication Build(ServeSettings settings, string[] args, string? contentRoot = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ForceSimServer).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });
        // First, so anything configured later (environment, command line, a test host) overrides these settings.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = settings.ToConfiguration() });
        // `--urls` given to the standalone app wins over the settings' default; either way the same safety rule applies.
        var urls = builder.Configuration["urls"] ?? settings.Urls;
        ServeSafety.Check(urls, builder.Configuration["ForceSim:ApiKey"]);
        builder.WebHost.UseUrls(urls);
        // Static web assets (Blazor's script, MudBlazor's files) are found from the build output too, not only once published.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.Limits.MaxScenarioBytes + (256 * 1024));
        builder.Logging.AddFilter("Orleans", LogLevel.Error);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var silo = settings.EmbeddedSilo && settings.Cluster is null && settings.ClusterAddress is null;
        if (silo)
        {
            builder.UseOrleans(silo => silo
                .UseLocalhostClustering(siloPort: FreePorts.Next(), gatewayPort: FreePorts.Next(), serviceId: "forcesim-web", clusterId: "forcesim-web-" + Guid.NewGuid().ToString("N"))
                .AddForceSim()
                .AddDashboard());
        }

        var cluster = settings.ClusterAddress ?? (settings.Cluster is null ? null : ClusterTarget.Parse(settings.Cluster));
        if (cluster is not null)
        {
            // A client of the cluster's silos, which host the dashboard's grains: the dashboard is served here, behind the key.
            // Started with its silos (compose starts them together), it waits up to a minute for a gateway, then gives up.
            DateTime? giveUp = null;
            builder.UseOrleansClient(client => client.UseForceSimCluster(cluster).AddDashboard().UseConnectionRetryFilter(async (_, token) =>
            {
                giveUp ??= DateTime.UtcNow.AddMinutes(1);
                if (DateTime.UtcNow > giveUp)
                {
                    return false;
                }

                await Task.Delay(TimeSpan.FromSeconds(2), token).ConfigureAwait(false);
                return true;
            }));
        }

        AddServices(builder.Services, settings.ClusterAddress);
        var app = builder.Build();
        Configure(app);
        if (silo || cluster is not null)
        {
            // Behind the same key as every page: KeyGate stands in front of all routes but the health check and login.
            app.MapOrleansDashboard("/orleans");
        }

        return app;
    }

    /// <param name="clusterAddress">The cluster with its security settings, when the CLI built it (it wins over ForceSim:Cluster).</param>
    private static void AddServices(IServiceCollection services, ClusterAddress? clusterAddress)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("ForceSim").Get<ServeSettings>() ?? new ServeSettings());
        services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<ServeSettings>();
            return new ScenarioWorkspace(s.ScenariosFolder ?? Path.Combine(AppContext.BaseDirectory, "scenarios"), s.DataFolder, s.Limits);
        });
        services.AddSingleton(sp => new JobHistory(sp.GetRequiredService<ServeSettings>().DataFolder));
        services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<ServeSettings>();
            var cluster = clusterAddress ?? (s.Cluster is null ? null : ClusterTarget.Parse(s.Cluster));
            return new JobManager(sp.GetRequiredService<ScenarioWorkspace>(), sp.GetRequiredService<JobHistory>(), s.DataFolder, cluster);
        });
        services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<ServeSettings>();
            return new ClusterExperiments(sp, sp.GetRequiredService<JobManager>(), clusterAddress ?? (s.Cluster is null ? null : ClusterTarget.Parse(s.Cluster)));
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "forcesim";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/login";
        });
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddRazorComponents().AddInteractiveServerComponents(o => o.DetailedErrors = false)
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 2 * 1024 * 1024);
        services.AddMudServices();
        services.AddScoped<DraftScenario>();
        services.AddHealthChecks();
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler(e => e.Run(async context =>
        {
            // Never a stack trace: the log has the details, the client a message.
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsJsonAsync(new ApiError("The server could not complete the request; its log says why.")).ConfigureAwait(false);
        }));
        app.UseAuthentication();
        app.UseMiddleware<KeyGate>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapOpenApi();
        LoginEndpoints.Map(app);
        JobEndpoints.Map(app);
        FileEndpoints.Map(app);
        ClusterEndpoints.Map(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
