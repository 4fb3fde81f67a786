using ForceSim.Grains.Runs;
using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// What an experiment runs: a scenario (it travels whole, so silos need no files; its run settings carry the seed and the
/// replication count) and a fingerprint of what produced it, so a resubmission can be told from a clash. The host (and,
/// on the grain host, the victims' rest horizon) says how replications run; it never changes results. A multi-variant
/// experiment (a comparison, a budget search) lists its variants, the first being <paramref name="Scenario"/>; the
/// fingerprint then names the whole request, and variants may be appended by submitting a longer list.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ExperimentSpec(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] string Fingerprint,
    [property: Id(2)] ReplicationHost Host = ReplicationHost.InProcess,
    [property: Id(3)] double VictimRestMinutes = RunSpec.DefaultVictimRestMinutes,
    [property: Id(4)] IReadOnlyList<ExperimentVariant>? Variants = null);
