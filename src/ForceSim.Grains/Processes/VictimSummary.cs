using ForceSim.Engine.Victims;

namespace ForceSim.Grains.Processes;

/// <summary>
/// A victim's state as the coordinator keeps it after every step: its share of the measures (so collecting
/// a run never has to wake ~150k victims), whether it is a repeat victim the control room missed, and whether nothing
/// more can happen to it (the engine's <see cref="VictimProcess.HasNothingLeftToDo"/>), so a retiring run can forget it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record VictimSummary(
    [property: Id(0)] VictimContribution Contribution,
    [property: Id(1)] int JourneyLength,
    [property: Id(2)] bool MissedRepeat,
    [property: Id(3)] bool HasNothingLeftToDo = false);
