using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Budgeting;

/// <summary>What a budget search reports while it works, in order: the question, then each mix as it starts simulating.</summary>
public abstract record BudgetProgress;

/// <summary>The search is set: the scenario, the steps on offer (and the roles left out, with why), the objective and the limits.</summary>
public sealed record BudgetStarting(
    Scenario Scenario,
    double Budget,
    BudgetObjective Objective,
    IReadOnlyList<BudgetStep> Steps,
    IReadOnlyList<(StaffRole Role, string Why)> NotConsidered,
    int MaxEvaluations) : BudgetProgress;

/// <summary>Mix number <paramref name="Done"/> + 1 starts simulating, <paramref name="Elapsed"/> into the search.</summary>
public sealed record MixStarting(StaffMix Mix, int Done, TimeSpan Elapsed) : BudgetProgress;

/// <summary>The search simulates on a cluster, as experiment <paramref name="ExperimentId"/> (give it again to re-attach).</summary>
public sealed record BudgetOnCluster(string ExperimentId, ClusterAddress Cluster) : BudgetProgress;
