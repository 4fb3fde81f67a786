using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// Simulates a batch of staff mixes (each the base scenario with the mix applied) and returns their results in the same
/// order: a budget search on a cluster hands each round's mixes over together, so the silos run them side by side.
/// </summary>
public delegate Task<IReadOnlyList<ExperimentResult>> MixSimulation(IReadOnlyList<(StaffMix Mix, Scenario Scenario)> mixes, CancellationToken cancellationToken);
