using ForceSim.Engine.Protocol;

namespace ForceSim.Grains.Processes;

/// <summary>What an LP did in one window: the messages it sent, when it next has work, and (victims) its summary.</summary>
[GenerateSerializer, Immutable]
public sealed record StepResult(
    [property: Id(0)] Message[] Outbox,
    [property: Id(1)] double NextEventTime,
    [property: Id(2)] VictimSummary? Victim);
