using ForceSim.Reporting.Calibration;

namespace ForceSim.Experiments.Calibration;

/// <summary>A finished calibration: its plan, every generation (the last is the posterior), the tables and the files written.</summary>
public sealed record CalibrationOutcome
{
    public required CalibrationPlan Plan { get; init; }

    public required IReadOnlyList<Population> Generations { get; init; }

    /// <summary>True when a generation ran out of proposals before the generations asked for were done.</summary>
    public required bool StoppedEarly { get; init; }

    public required IReadOnlyList<FitRow> Fit { get; init; }

    public required IReadOnlyList<ParameterWidth> Widths { get; init; }

    public required IReadOnlyList<ParameterCorrelation> Correlations { get; init; }

    /// <summary>Simulated parameter sets (each of <see cref="CalibrationRequest.ReplicationsPerPoint"/> replications) in all generations.</summary>
    public required int Simulations { get; init; }

    /// <summary>Of <see cref="Simulations"/>, those reused from an interrupted earlier run.</summary>
    public required int Resumed { get; init; }

    public required string Directory { get; init; }

    public required string PosteriorPath { get; init; }

    public required IReadOnlyList<string> Files { get; init; }

    public required TimeSpan Elapsed { get; init; }

    /// <summary>The experiment that ran the simulations, when they ran on a cluster.</summary>
    public string? ExperimentId { get; init; }

    public Population Posterior => Generations[^1];
}
