using ForceSim.Engine.Compilation;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Victims;

/// <summary>Handing a victim over as plain data and back: how a host lets an idle victim leave memory.</summary>
public sealed partial class VictimProcess
{
    /// <summary>Everything the victim knows, so a host can drop it from memory and bring it back unchanged.</summary>
    public VictimSnapshot Snapshot() => new()
    {
        VictimId = Id.Id,
        Random = _random,
        Pending = [.. _agenda.Pending().Select(e => new PendingVictimEvent(e.Time, e.Message))],
        Journey = [.. _journey],
        Sent = _sent,
        LastIncidentType = _lastIncidentType,
        LastForce = _lastForce,
        LastChannel = _lastChannel,
        Counted = _counted,
        Repeats = _repeats,
        RepeatsCounted = _repeatsCounted,
        RepeatsReported = _repeatsReported,
        RepeatsUnreported = _repeatsUnreported,
        EventsProcessed = EventsProcessed,
        Confidence = Confidence,
        Contacts = Contacts,
        Vulnerable = Vulnerable,
        OpenCases = _openCases,
        CallsAbandoned = _callsAbandoned,
    };

    /// <summary>A victim as it was when <paramref name="snapshot"/> was taken (pending events keep their order).</summary>
    public static VictimProcess Restore(CompiledScenario model, VictimSnapshot snapshot, int replication, SeededRandom scratch)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var victim = new VictimProcess(model, snapshot.VictimId, replication, scratch)
        {
            _random = snapshot.Random,
            _sent = snapshot.Sent,
            _lastIncidentType = snapshot.LastIncidentType,
            _lastForce = snapshot.LastForce,
            _lastChannel = snapshot.LastChannel,
            _counted = snapshot.Counted,
            _repeats = snapshot.Repeats,
            _repeatsCounted = snapshot.RepeatsCounted,
            _repeatsReported = snapshot.RepeatsReported,
            _repeatsUnreported = snapshot.RepeatsUnreported,
            EventsProcessed = snapshot.EventsProcessed,
            Confidence = snapshot.Confidence,
            Contacts = snapshot.Contacts,
            Vulnerable = snapshot.Vulnerable,
            _openCases = snapshot.OpenCases,
            _callsAbandoned = snapshot.CallsAbandoned,
        };
        victim._journey.AddRange(snapshot.Journey);
        foreach (var pending in snapshot.Pending)
        {
            victim._agenda.Add(pending.Time, pending.Message);
        }

        return victim;
    }
}
