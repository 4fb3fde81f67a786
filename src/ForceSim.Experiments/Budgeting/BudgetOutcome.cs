using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Tables;

namespace ForceSim.Experiments.Budgeting;

/// <summary>A finished budget search: its frontier and recommendation, the recommendation against the base, and the files written.</summary>
public sealed record BudgetOutcome
{
    public required Scenario Scenario { get; init; }

    public required BudgetObjective Objective { get; init; }

    public required BudgetResult Result { get; init; }

    /// <summary>The recommended mix against the base: headline measures and grade probabilities, with paired intervals.</summary>
    public required IReadOnlyList<OptionDifference> Differences { get; init; }

    /// <summary>Why the search stopped, in words.</summary>
    public required string Stopped { get; init; }

    /// <summary>Simulation runs over every mix (mixes × replications).</summary>
    public required int ReplicationsRun { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public required string FrontierFile { get; init; }

    public required string JsonFile { get; init; }

    /// <summary>With <c>--posterior</c>: how much of the recommendation's change from the base is parameter uncertainty; otherwise null.</summary>
    public BudgetPosterior? Posterior { get; init; }

    /// <summary>report.html and its chart.</summary>
    public required IReadOnlyList<string> ReportFiles { get; init; }
}
