using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Risk assessment and grading. Without a structured assessment vulnerable callers are more often
/// graded too low; a repeat-victim check can only flag risk when it is done and the history is on record.
/// </summary>
public sealed partial class ControlRoomProcess
{
    // What this control room's records system knows: which of its forces each victim has contacted before,
    // and (when records are shared) which victims other control rooms have recorded.
    private readonly Dictionary<long, ulong> _records = [];
    private readonly HashSet<long> _foreignRecords = [];

    /// <summary>Tells every other control room that shares records about this victim's contact (they see it from the next boundary).</summary>
    private void ShareRecord(long victimId)
    {
        foreach (var room in _model.ControlRooms)
        {
            if (room.Index != _room.Index && room.Settings.Triage.SharedRecords)
            {
                _outbox.Add(new RecordShared
                {
                    EffectTime = _windowEnd,
                    Sender = Id,
                    Target = new LpId(LpKind.ControlRoom, room.Index),
                    Sequence = NextSequence(),
                    VictimId = victimId,
                });
            }
        }
    }

    private void Triage(Contact contact)
    {
        var policy = _room.Settings.Triage;
        var incident = _model.Forces[contact.Force].IncidentTypes[contact.Type].Settings;
        contact.StructuredAssessment = contact.UStructured < policy.StructuredAssessmentRate;
        contact.CheckDone = contact.UCheck < policy.RepeatVictimCheckRate;
        var forceBit = 1UL << (contact.Force & 63);
        var seen = 0UL;
        var onRecord = contact.VictimId != 0
            && ((_records.TryGetValue(contact.VictimId, out seen) && (seen & forceBit) != 0)
                || (policy.SharedRecords && (seen != 0 || _foreignRecords.Contains(contact.VictimId))));
        contact.RepeatIdentified = contact.CheckDone && onRecord;
        var identifyChance = contact.StructuredAssessment ? policy.VulnerabilityIdentifiedStructured : policy.VulnerabilityIdentifiedUnstructured;
        contact.VulnerabilityIdentified = contact.Vulnerable && (contact.UVulnerabilityIdentified < identifyChance || contact.RepeatIdentified);

        var undergradeChance = (contact.StructuredAssessment, contact.Vulnerable) switch
        {
            (true, true) => policy.UndergradeStructuredVulnerable,
            (true, false) => policy.UndergradeStructuredOther,
            (false, true) => policy.UndergradeUnstructuredVulnerable,
            _ => policy.UndergradeUnstructuredOther,
        };

        // A flagged repeat victim is graded on the known risk, so the history corrects an under-grade.
        var undergraded = incident.Grade != Grade.Resolution && !contact.RepeatIdentified && contact.UUndergrade < undergradeChance;
        contact.NeededGrade = incident.Grade;
        contact.GivenGrade = undergraded ? incident.Grade + 1 : incident.Grade;
        if (contact.VictimId != 0)
        {
            _records[contact.VictimId] = seen | forceBit;
            ShareRecord(contact.VictimId);
        }

        var dispatch = _dispatch[contact.Force]!;
        if (contact.Counted)
        {
            var triage = dispatch.Tally.Triage;
            triage.Triaged++;
            triage.Structured += contact.StructuredAssessment ? 1 : 0;
            triage.CheckDone += contact.CheckDone ? 1 : 0;
            triage.TrueRepeats += contact.PriorContacts > 0 ? 1 : 0;
            triage.RepeatsIdentified += contact.PriorContacts > 0 && contact.RepeatIdentified ? 1 : 0;
            triage.CrossBorderRepeats += contact.PriorContacts > 0 && contact.CrossBorder ? 1 : 0;
            triage.CrossBorderRepeatsIdentified += contact.PriorContacts > 0 && contact.CrossBorder && contact.RepeatIdentified ? 1 : 0;
            triage.Vulnerable += contact.Vulnerable ? 1 : 0;
            triage.VulnerabilityIdentified += contact.VulnerabilityIdentified ? 1 : 0;
            triage.Undergraded += undergraded ? 1 : 0;
            dispatch.Tally.Response.Incidents[(int)contact.GivenGrade]++;
            if (contact.VictimId != 0)
            {
                dispatch.RepeatCheckSample.Offer(contact.CheckDone);
            }
        }

        if (contact.GivenGrade == Grade.Resolution)
        {
            Close(contact, attended: false);
            return;
        }

        contact.UnitsNeeded = Math.Clamp(incident.Units, 1, Math.Max(1, _model.Forces[contact.Force].UnitCount));
        contact.State = ContactState.AwaitingDispatch;
        contact.AwaitingSince = _now;
        var g = (int)contact.GivenGrade;
        dispatch.Waiting[g].Enqueue(contact);
        dispatch.Tally.Response.DispatchQueue[g].Set(_now, dispatch.Waiting[g].Count);
        TryDispatch(dispatch);
    }
}
