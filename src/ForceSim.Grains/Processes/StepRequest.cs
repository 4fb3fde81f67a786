using ForceSim.Engine.Protocol;

namespace ForceSim.Grains.Processes;

/// <summary>
/// One window's work for one LP: the messages delivered at the window's start, in protocol order, and its end.
/// <paramref name="Restore"/> tells a victim the coordinator sent to rest that its state is in storage.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StepRequest([property: Id(0)] double WindowEnd, [property: Id(1)] Message[] Inbox, [property: Id(2)] bool Restore = false);
