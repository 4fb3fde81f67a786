using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// What an experiment runs: a scenario (it travels whole, so silos need no files; its run settings carry the seed and the
/// replication count) and a fingerprint of what produced it, so a resubmission can be told from a clash.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ExperimentSpec(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] string Fingerprint);
