using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Runs;

namespace ForceSim.Experiments.Running;

/// <summary>Run a scenario's replications and write its results folder (what <c>forcesim run</c> asks for).</summary>
public sealed record RunRequest
{
    /// <summary>The scenario file, which may extend others.</summary>
    public required string ScenarioPath { get; init; }

    /// <summary>Overrides <c>run.replications</c>.</summary>
    public int? Replications { get; init; }

    /// <summary>Overrides <c>run.seed</c>.</summary>
    public long? Seed { get; init; }

    /// <summary><c>PATH=VALUE</c> changes to the scenario, applied in order after <c>extends</c>.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The results folder; default <c>results/&lt;scenario file name&gt;</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Replications run at once (default one per core); results never depend on it.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Discard replications saved by an interrupted earlier run instead of reusing them.</summary>
    public bool Fresh { get; init; }

    /// <summary>Where each replication runs: the in-process engine, or grains (in an embedded silo, or over the cluster's silos).</summary>
    public ReplicationHost Host { get; init; } = ReplicationHost.InProcess;

    /// <summary>Grain host only: simulated minutes a victim may sit idle before it rests (+∞: never).</summary>
    public double VictimRestMinutes { get; init; } = RunSpec.DefaultVictimRestMinutes;

    /// <summary>Submit the replications to this cluster as an experiment instead of running them here.</summary>
    public ClusterAddress? Cluster { get; init; }

    /// <summary>With <see cref="Cluster"/>: the experiment's id (default: made from the file name and the time).</summary>
    public string? ExperimentId { get; init; }

    /// <summary>
    /// A calibration posterior (docs/posterior-format.md): each replication runs with a parameter set drawn from it, so the
    /// results carry parameter uncertainty as well as replication noise. Not with <see cref="Cluster"/>.
    /// </summary>
    public string? PosteriorPath { get; init; }

    /// <summary>Let the scenario's <c>extends:</c> and <c>rubric:</c> name files outside its tree (<c>--allow-outside-references</c>).</summary>
    public bool AllowOutsideReferences { get; init; }
}
