using ForceSim.Grains.Hosting;

namespace ForceSim.Experiments.Sweeping;

/// <summary>Run every variant of an experiment's design and write its tables (what <c>forcesim sweep</c> asks for).</summary>
public sealed record SweepRequest
{
    /// <summary>The experiment file (see docs/experiment-format.md).</summary>
    public required string ExperimentPath { get; init; }

    /// <summary>The output folder; default <c>results/sweep-&lt;experiment file name&gt;</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Replications per variant (<c>-r</c>), overriding the experiment file's <c>replications</c> (and the scenario's).</summary>
    public int? Replications { get; init; }

    /// <summary>Replications run at once (default one per core); results never depend on it.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Discard variants saved by an interrupted earlier sweep instead of reusing them.</summary>
    public bool Fresh { get; init; }

    /// <summary><c>PATH=VALUE</c> changes to the experiment's scenario, applied before each variant's factors.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>Run the variants still to run on this cluster, one experiment each.</summary>
    public ClusterAddress? Cluster { get; init; }

    /// <summary>Let the scenario's <c>extends:</c> and <c>rubric:</c> name files outside its tree (<c>--allow-outside-references</c>).</summary>
    public bool AllowOutsideReferences { get; init; }

    /// <summary>
    /// A calibration posterior: replication r of every variant runs with the same drawn parameter set; a factor's own key
    /// paths keep the variant's value (docs/posterior-format.md). Not with <see cref="Cluster"/>.
    /// </summary>
    public string? PosteriorPath { get; init; }
}
