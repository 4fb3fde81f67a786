using ForceSim.Engine.Victims;

namespace ForceSim.Grains.Runs;

/// <summary>
/// A finished run: its tally (the engine's encoding, merged in the in-process host's order), what it took, and the
/// repeat victims the control room missed (longest journeys first) for the run report. <paramref name="Victims"/> counts
/// every victim met, retired ones too; the journeys of chosen missed victims that were retired travel here, as their grains are gone.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RunOutput(
    [property: Id(0)] byte[] Tally,
    [property: Id(1)] long GrainCalls,
    [property: Id(2)] long MessagesDelivered,
    [property: Id(3)] int Victims,
    [property: Id(4)] long[] MissedRepeatVictims,
    [property: Id(5)] long Windows,
    [property: Id(6)] int VictimsResting,
    [property: Id(7)] long VictimsRetired = 0,
    [property: Id(8)] VictimJourney[]? RetiredMissedJourneys = null);
