using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// One variant of a multi-variant experiment (a compared option, a budget's staff mix): its scenario, and a key the
/// submitter chose, so a re-submission that lists the variants in a different order is refused rather than mismatched.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ExperimentVariant(
    [property: Id(0)] string Key,
    [property: Id(1)] Scenario Scenario);
