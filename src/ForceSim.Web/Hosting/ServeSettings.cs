using ForceSim.Experiments.Jobs;

namespace ForceSim.Web.Hosting;

/// <summary>How <c>forcesim serve</c> was asked to run: where it listens, the key it requires, its data and its limits.</summary>
public sealed record ServeSettings
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where to listen (semicolon-separated URLs); loopback unless told otherwise.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key every page and API call must carry; required when listening beyond loopback.</summary>
    public string? ApiKey { get; init; }

    /// <summary><c>redis://HOST:PORT/ID</c>: be a client of that cluster instead of hosting an embedded silo.</summary>
    public string? Cluster { get; init; }

    /// <summary>The cluster as the CLI parsed it, with its Redis password and TLS settings (not from configuration).</summary>
    public ForceSim.Grains.Hosting.ClusterAddress? ClusterAddress { get; init; }

    /// <summary>Where runs, comparisons, uploads and History are kept.</summary>
    public string DataFolder { get; init; } = "forcesim-data";

    /// <summary>The shipped scenarios folder (default: the one beside the app).</summary>
    public string? ScenariosFolder { get; init; }

    public JobLimits Limits { get; init; } = new();

    /// <summary>Host an Orleans silo in this process (the default without <see cref="Cluster"/>).</summary>
    public bool EmbeddedSilo { get; init; } = true;

    /// <summary>Settings as configuration keys, which configuration given later (environment, tests) may override.</summary>
    internal Dictionary<string, string?> ToConfiguration() => new()
    {
        ["ForceSim:ApiKey"] = ApiKey,
        ["ForceSim:Cluster"] = Cluster ?? ClusterAddress?.ToString(),
        ["ForceSim:DataFolder"] = DataFolder,
        ["ForceSim:ScenariosFolder"] = ScenariosFolder,
        ["ForceSim:EmbeddedSilo"] = EmbeddedSilo ? "true" : "false",
        ["ForceSim:Limits:MaxScenarioBytes"] = Invariant(Limits.MaxScenarioBytes),
        ["ForceSim:Limits:MaxReplications"] = Invariant(Limits.MaxReplications),
        ["ForceSim:Limits:MaxConcurrentJobs"] = Invariant(Limits.MaxConcurrentJobs),
        ["ForceSim:Limits:MaxOptions"] = Invariant(Limits.MaxOptions),
        ["ForceSim:Limits:Parallelism"] = Limits.Parallelism is { } p ? Invariant(p) : null,
    };

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
