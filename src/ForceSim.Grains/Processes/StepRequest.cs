using ForceSim.Engine.Protocol;

namespace ForceSim.Grains.Processes;

/// <summary>
/// One window's work for one LP: the messages delivered at the window's start, in protocol order, and its end.
/// <paramref name="RestedState"/> is what a victim handed over when the coordinator sent it to rest, given back so
/// the victim resumes exactly where it left off. <paramref name="InMemory"/> says the coordinator has stepped this victim
/// before and not sent it to rest, so it must still hold its state. <paramref name="Retire"/> says the run retires victims:
/// a victim with nothing left to do after this step leaves memory for good, handing back its journey if it is a missed
/// repeat victim whose journey has at least <paramref name="DescribeFrom"/> steps (long enough to be among those shown).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StepRequest(
    [property: Id(0)] double WindowEnd,
    [property: Id(1)] Message[] Inbox,
    [property: Id(2)] byte[]? RestedState = null,
    [property: Id(3)] bool InMemory = false,
    [property: Id(4)] bool Retire = false,
    [property: Id(5)] int DescribeFrom = int.MaxValue);
