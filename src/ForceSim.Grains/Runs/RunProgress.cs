namespace ForceSim.Grains.Runs;

/// <summary>Where a run is: windows done of all, and the work it took so far.</summary>
[GenerateSerializer, Immutable]
public sealed record RunProgress(
    [property: Id(0)] RunState State,
    [property: Id(1)] long WindowsDone,
    [property: Id(2)] long Windows,
    [property: Id(3)] long GrainCalls,
    [property: Id(4)] long MessagesDelivered,
    [property: Id(5)] int Victims,
    [property: Id(6)] int VictimsResting,
    [property: Id(7)] string? Error);
