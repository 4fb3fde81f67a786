using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Runs;

/// <summary>
/// What to run: a scenario (any variant; it travels whole, so silos need no files) and one replication.
/// <paramref name="VictimRestMinutes"/> is hosting, not model: how long (simulated minutes) a victim may go without a
/// step before it rests (hands its state to the coordinator and leaves memory); it never changes results.
/// <paramref name="RetireVictims"/> is hosting too: victims with nothing left to do are folded into the tally and
/// forgotten, so memory follows the active victims; off for a run whose victims will be asked about afterwards.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RunSpec(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] int Replication,
    [property: Id(2)] double VictimRestMinutes = RunSpec.DefaultVictimRestMinutes,
    [property: Id(3)] bool RetireVictims = false)
{
    /// <summary>A week: a victim not involved in anything for that long rests.</summary>
    public const double DefaultVictimRestMinutes = 7 * 1440;
}
