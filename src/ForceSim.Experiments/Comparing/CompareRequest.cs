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

    /// <summary>The output folder; default <c>results/compare-&lt;base file name&gt;</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>
    /// Compare options that do not share the base's forces, horizon, warm-up, seed or replications as independent runs,
    /// with unpaired (Welch) intervals; without it such options are refused.
    /// </summary>
    public bool Unpaired { get; init; }

    /// <summary>Replications run at once (default one per core).</summary>
    public int? Parallelism { get; init; }

    /// <summary>
    /// A calibration posterior: replication r of the base and of every what-if runs with the same drawn parameter set, so
    /// the comparison stays paired and its intervals carry parameter uncertainty (docs/posterior-format.md).
    /// </summary>
    public string? PosteriorPath { get; init; }

    /// <summary>Let the scenario's <c>extends:</c> and <c>rubric:</c> name files outside its tree (<c>--allow-outside-references</c>).</summary>
    public bool AllowOutsideReferences { get; init; }
}
