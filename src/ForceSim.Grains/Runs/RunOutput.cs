namespace ForceSim.Grains.Runs;

/// <summary>
/// A finished run: its tally (the engine's encoding, merged in the in-process host's order), what it took, and the
/// repeat victims the control room missed (longest journeys first) for the run report.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RunOutput(
    [property: Id(0)] byte[] Tally,
    [property: Id(1)] long GrainCalls,
    [property: Id(2)] long MessagesDelivered,
    [property: Id(3)] int Victims,
    [property: Id(4)] long[] MissedRepeatVictims,
    [property: Id(5)] long Windows,
    [property: Id(6)] int VictimsResting);
