using ForceSim.Engine.Protocol;

namespace ForceSim.Grains.Processes;

/// <summary>
/// One window's work for one LP: the messages delivered at the window's start, in protocol order, and its end.
/// <paramref name="RestedState"/> is what a victim handed over when the coordinator sent it to rest, given back so
/// the victim resumes exactly where it left off. <paramref name="InMemory"/> says the coordinator has stepped this victim
/// before and not sent it to rest, so it must still hold its state.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StepRequest(
    [property: Id(0)] double WindowEnd,
    [property: Id(1)] Message[] Inbox,
    [property: Id(2)] byte[]? RestedState = null,
    [property: Id(3)] bool InMemory = false);
