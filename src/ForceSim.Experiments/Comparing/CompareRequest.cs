using ForceSim.Grains.Hosting;

namespace ForceSim.Experiments.Comparing;

/// <summary>Compare what-if scenarios with a base using common random numbers (what <c>forcesim compare</c> asks for).</summary>
public sealed record CompareRequest
{
    public required string BasePath { get; init; }

    /// <summary>One or more what-if scenarios, often overlays that extend the base.</summary>
    public required IReadOnlyList<string> OptionPaths { get; init; }

    /// <summary>Replications for every scenario (default: the base's).</summary>
    public int? Replications { get; init; }

    /// <summary>Seed for every scenario (default: the base's).</summary>
    public long? Seed { get; init; }

    /// <summary><c>PATH=VALUE</c> changes applied to the base and every option alike (e.g. a shorter horizon for a quick look).</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The output folder; default <c>results/compare-&lt;base file name&gt;</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>
    /// Compare options that do not share the base's forces, horizon, warm-up, seed or replications as independent runs,
    /// with unpaired (Welch) intervals; without it such options are refused.
    /// </summary>
    public bool Unpaired { get; init; }

    /// <summary>Replications run at once (default one per core).</summary>
    public int? Parallelism { get; init; }

    /// <summary>Run the scenarios' replications on this cluster, as one experiment with a variant per scenario.</summary>
    public ClusterAddress? Cluster { get; init; }

    /// <summary>With <see cref="Cluster"/>: the experiment's id (default: made from the base's file name and the time); the same id again re-attaches.</summary>
    public string? ExperimentId { get; init; }

    /// <summary>
    /// A calibration posterior: replication r of the base and of every what-if runs with the same drawn parameter set, so
    /// the comparison stays paired and its intervals carry parameter uncertainty (docs/posterior-format.md).
    /// </summary>
    public string? PosteriorPath { get; init; }

    /// <summary>Let the scenario's <c>extends:</c> and <c>rubric:</c> name files outside its tree (<c>--allow-outside-references</c>).</summary>
    public bool AllowOutsideReferences { get; init; }
}
