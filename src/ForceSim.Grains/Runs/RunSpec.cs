using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Runs;

/// <summary>
/// What to run: a scenario (any variant; it travels whole, so silos need no files) and one replication.
/// <paramref name="VictimRestMinutes"/> is hosting, not model: how far off a victim's next event must be (simulated
/// minutes) for it to leave memory; it never changes results.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RunSpec(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] int Replication,
    [property: Id(2)] double VictimRestMinutes = RunSpec.DefaultVictimRestMinutes)
{
    /// <summary>A week: victims waiting longer than that for their next event (or for nothing) rest in storage.</summary>
    public const double DefaultVictimRestMinutes = 7 * 1440;
}
