using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Runs;

/// <summary>
/// What to run: a scenario (any variant; it travels whole, so silos need no files) and one replication.
/// <paramref name="VictimRestMinutes"/> is hosting, not model: how long (simulated minutes) a victim may go without a
/// step before it rests (hands its state to the coordinator and leaves memory); it never changes results.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RunSpec(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] int Replication,
    [property: Id(2)] double VictimRestMinutes = RunSpec.DefaultVictimRestMinutes)
{
    /// <summary>A week: a victim not involved in anything for that long rests.</summary>
    public const double DefaultVictimRestMinutes = 7 * 1440;
}
