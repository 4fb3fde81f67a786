using ForceSim.Engine.Grading;
using ForceSim.Engine.Running;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Experiments;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Experiments.Running;

/// <summary>A finished run: its results, what was read off them, and the files written.</summary>
public sealed record RunOutcome
{
    public required Scenario Scenario { get; init; }

    /// <summary>The rubric every replication was graded with.</summary>
    public required Rubric Rubric { get; init; }

    public required ExperimentResult Result { get; init; }

    /// <summary>Every rubric threshold moved ±5 points and the most likely grade that follows.</summary>
    public required IReadOnlyList<ThresholdShift> GradeSensitivity { get; init; }

    /// <summary>Why each area is likely to get its grade: measures, thresholds, margins and the deciding measure.</summary>
    public IReadOnlyList<GradeExplanation> Explanations { get; init; } = [];

    /// <summary>Journeys of a few repeat victims replication 0's control rooms did not recognise.</summary>
    public required IReadOnlyList<VictimJourney> MissedRepeatVictims { get; init; }

    public required string Directory { get; init; }

    /// <summary>Every file written, in the order written.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Wall time of the replications (for a cluster run, from submission to download).</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Replications reused from an interrupted earlier run.</summary>
    public int Resumed { get; init; }

    /// <summary>For a run with a posterior: the draws and each measure's split between parameter uncertainty and noise.</summary>
    public PosteriorSummary? Posterior { get; init; }

    /// <summary>For a run on a cluster: the finished experiment.</summary>
    public ExperimentStatus? Cluster { get; init; }
}
