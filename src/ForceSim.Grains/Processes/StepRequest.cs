using ForceSim.Engine.Protocol;

namespace ForceSim.Grains.Processes;

/// <summary>One window's work for one LP: the messages delivered at the window's start, in protocol order, and its end.</summary>
[GenerateSerializer, Immutable]
public sealed record StepRequest([property: Id(0)] double WindowEnd, [property: Id(1)] Message[] Inbox);
