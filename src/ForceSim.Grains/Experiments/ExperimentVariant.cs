using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// One variant of a multi-variant experiment (a compared option, a budget's staff mix, a calibration's proposal): its
/// scenario, and a key the submitter chose, so a re-submission that lists the variants in a different order is refused
/// rather than mismatched. <paramref name="FirstReplication"/> numbers its replications from there: a variant may be
/// one replication of a longer run (a posterior run's replication r, with its own parameter set), which must meet the
/// random numbers of replication r, as it does locally.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ExperimentVariant(
    [property: Id(0)] string Key,
    [property: Id(1)] Scenario Scenario,
    [property: Id(2)] int FirstReplication = 0);
