using ForceSim.Grains.Hosting;

namespace ForceSim.Experiments.Calibration;

/// <summary>Fit a scenario's assumed parameters to observed figures by ABC-SMC (what <c>forcesim calibrate</c> asks for).</summary>
public sealed record CalibrationRequest
{
    /// <summary>The targets file (docs/calibration.md).</summary>
    public required string TargetsPath { get; init; }

    /// <summary>The scenario; default: the one the targets file names.</summary>
    public string? ScenarioPath { get; init; }

    /// <summary>The assumptions file; default: the one the targets file names, else found beside the scenario as sensitivity finds it.</summary>
    public string? AssumptionsPath { get; init; }

    public int Generations { get; init; } = 4;

    public int Particles { get; init; } = 40;

    public int ReplicationsPerPoint { get; init; } = 2;

    /// <summary>Tolerance schedule: each generation's tolerance is this quantile of the last one's distances.</summary>
    public double Quantile { get; init; } = 0.5;

    /// <summary>The measured horizon of every simulation (the scenario's warm-up is kept); default 28 days.</summary>
    public double HorizonDays { get; init; } = 28;

    /// <summary>The simulations' seed (the same for every proposal: common random numbers) and the proposals' seed; default the scenario's.</summary>
    public long? Seed { get; init; }

    /// <summary>The output folder; default <c>results/calibration-&lt;targets file name&gt;</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Where to write the posterior CSV (and Parquet beside it); default OUT/posterior.csv.</summary>
    public string? PosteriorPath { get; init; }

    /// <summary>Simulations run at once (default one per core); results never depend on it.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Discard simulations saved by an interrupted earlier run instead of reusing them.</summary>
    public bool Fresh { get; init; }

    /// <summary><c>PATH=VALUE</c> changes to the scenario, applied before the fitted parameters.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    public bool AllowOutsideReferences { get; init; }

    /// <summary>Simulate on this cluster (each batch of proposals added as variants of one experiment) instead of here.</summary>
    public ClusterAddress? Cluster { get; init; }

    /// <summary>With <see cref="Cluster"/>: the experiment's id (default: made from the file name and the time); the same id again re-attaches.</summary>
    public string? ExperimentId { get; init; }
}
