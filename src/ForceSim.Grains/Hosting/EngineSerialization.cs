using System.Text.Json;
using System.Text.Json.Serialization;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Victims;
using ForceSim.Model.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Configuration;

namespace ForceSim.Grains.Hosting;

/// <summary>
/// How engine and model types cross grain boundaries. They cannot carry Orleans attributes (the engine and model
/// never reference Orleans), so they travel as System.Text.Json inside Orleans' own envelopes; the grain-facing
/// records around them are [GenerateSerializer] and [Immutable], so calls inside one silo copy nothing.
/// </summary>
public static class EngineSerialization
{
    /// <summary>NaN and ±∞ are real values here (no response time, no next event), so they must survive the trip.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Types that travel and rest in bulk have Orleans surrogates (see Wire/): compact binary, no JSON.</summary>
    private static readonly HashSet<Type> HasSurrogate =
        [typeof(ContactOutcome), typeof(InvestigationUpdate), typeof(JourneyStep), typeof(VictimSnapshot)];

    public static bool IsEngineType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        // Compiler-made collection types ([.. items] behind an IReadOnlyList) are left to Orleans' own collection codecs.
        return (type.Assembly == typeof(Message).Assembly || type.Assembly == typeof(Scenario).Assembly)
            && !type.Name.StartsWith('<')
            && !HasSurrogate.Contains(type);
    }

    public static ISerializerBuilder AddEngineTypes(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Collections of engine types (a Message[] behind an IReadOnlyList) are named on the wire; allow their assemblies.
        builder.Services.Configure<TypeManifestOptions>(o =>
        {
            o.AllowedTypes.Add(typeof(Message[]).FullName!);
            o.AllowedAssemblies.Add(typeof(Message).Assembly.GetName().Name!);
            o.AllowedAssemblies.Add(typeof(Scenario).Assembly.GetName().Name!);
        });
        return builder.AddJsonSerializer(IsEngineType, Options);
    }
}
