using ForceSim.Engine.Protocol;
using ForceSim.Engine.Victims;

namespace ForceSim.Grains.Processes;

/// <summary>
/// What an LP did in one window: the messages it sent, when it next has work, and (victims) its summary; a victim that
/// retired a missed repeat victim with a journey long enough to be shown hands that journey back, as its grain is gone.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StepResult(
    [property: Id(0)] Message[] Outbox,
    [property: Id(1)] double NextEventTime,
    [property: Id(2)] VictimSummary? Victim,
    [property: Id(3)] VictimJourney? RetiredJourney = null);
