using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;
using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Wire;

/// <summary>
/// Orleans' binary form of a resting victim's state: a force-year rests ~100k victims, so it must be small and quick.
/// A pending event with no message is a repeat victimisation.
/// </summary>
[GenerateSerializer]
public struct VictimSnapshotSurrogate
{
    [Id(0)] public long VictimId;
    [Id(1)] public ulong[] Random;
    [Id(2)] public double[] PendingTimes;
    [Id(3)] public Message?[] PendingMessages;
    [Id(4)] public JourneyStep[] Journey;
    [Id(5)] public long Sent;
    [Id(6)] public int LastIncidentType;
    [Id(7)] public int LastForce;
    [Id(8)] public int LastChannel;
    [Id(9)] public bool Counted;
    [Id(10)] public int Repeats;
    [Id(11)] public long RepeatsCounted;
    [Id(12)] public long RepeatsReported;
    [Id(13)] public long RepeatsUnreported;
    [Id(14)] public long EventsProcessed;
    [Id(15)] public double Confidence;
    [Id(16)] public int Contacts;
    [Id(17)] public bool Vulnerable;
    [Id(18)] public int OpenCases;
    [Id(19)] public int CallsAbandoned;
}

[RegisterConverter]
public sealed class VictimSnapshotConverter : IConverter<VictimSnapshot, VictimSnapshotSurrogate>
{
    public VictimSnapshot ConvertFromSurrogate(in VictimSnapshotSurrogate s)
    {
        var messages = s.PendingMessages;
        return new()
        {
            VictimId = s.VictimId,
            Random = new GeneratorState(s.Random[0], s.Random[1], s.Random[2], s.Random[3]),
            Pending = [.. s.PendingTimes.Select((time, i) => new PendingVictimEvent(time, messages[i]))],
            Journey = s.Journey,
            Sent = s.Sent,
            LastIncidentType = s.LastIncidentType,
            LastForce = s.LastForce,
            LastChannel = (Channel)s.LastChannel,
            Counted = s.Counted,
            Repeats = s.Repeats,
            RepeatsCounted = s.RepeatsCounted,
            RepeatsReported = s.RepeatsReported,
            RepeatsUnreported = s.RepeatsUnreported,
            EventsProcessed = s.EventsProcessed,
            Confidence = s.Confidence,
            Contacts = s.Contacts,
            Vulnerable = s.Vulnerable,
            OpenCases = s.OpenCases,
            CallsAbandoned = s.CallsAbandoned,
        };
    }

    public VictimSnapshotSurrogate ConvertToSurrogate(in VictimSnapshot value) => new()
    {
        VictimId = value.VictimId,
        Random = [value.Random.S0, value.Random.S1, value.Random.S2, value.Random.S3],
        PendingTimes = [.. value.Pending.Select(p => p.Time)],
        PendingMessages = [.. value.Pending.Select(p => p.Message)],
        Journey = [.. value.Journey],
        Sent = value.Sent,
        LastIncidentType = value.LastIncidentType,
        LastForce = value.LastForce,
        LastChannel = (int)value.LastChannel,
        Counted = value.Counted,
        Repeats = value.Repeats,
        RepeatsCounted = value.RepeatsCounted,
        RepeatsReported = value.RepeatsReported,
        RepeatsUnreported = value.RepeatsUnreported,
        EventsProcessed = value.EventsProcessed,
        Confidence = value.Confidence,
        Contacts = value.Contacts,
        Vulnerable = value.Vulnerable,
        OpenCases = value.OpenCases,
        CallsAbandoned = value.CallsAbandoned,
    };
}
