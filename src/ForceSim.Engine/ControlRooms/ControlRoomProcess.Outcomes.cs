using ForceSim.Engine.Inspection;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Closing an incident: the crime-recording decision, referral of recorded crimes to investigation,
/// and the outcome sent to the victim. An unrecorded crime is never referred, so it gets no investigation.
/// </summary>
public sealed partial class ControlRoomProcess
{
    private void Close(Contact contact, bool attended)
    {
        contact.State = ContactState.Closed;
        var force = _model.Forces[contact.Force];
        var incident = force.IncidentTypes[contact.Type];
        var recorded = false;
        if (contact.Crime)
        {
            // Missing a victim's vulnerability makes officers likelier to treat the report as a non-crime.
            var penalty = contact.Vulnerable && !contact.VulnerabilityIdentified ? force.Settings.Recording.MissedVulnerabilityPenalty : 0;
            recorded = contact.URecord < incident.RecordingProbability - penalty;
            if (contact.Counted)
            {
                var recording = _dispatch[contact.Force]!.Tally.Recording;
                recording.CrimesOccurring++;
                recording.CrimesRecorded += recorded ? 1 : 0;
                if (incident.IsViolence)
                {
                    recording.ViolenceOccurring++;
                    recording.ViolenceRecorded += recorded ? 1 : 0;
                }

                _dispatch[contact.Force]!.RecordingSample.Offer(new RecordedCheck(recorded, incident.IsViolence));
            }

            if (recorded && force.Settings.Investigation is not null)
            {
                _outbox.Add(new CrimeReferral
                {
                    EffectTime = _windowEnd,
                    Sender = Id,
                    Target = new LpId(LpKind.Investigation, contact.Force),
                    Sequence = NextSequence(),
                    CrimeId = ((long)_room.Index << 40) | ++_crimeSequence,
                    VictimId = contact.VictimId,
                    CrimeClass = incident.Settings.CrimeClass,
                    Vulnerable = contact.Vulnerable,
                    RecordedAt = _now,
                });
            }
        }

        if (contact.VictimId == 0)
        {
            return;
        }

        var toldOfDelay = contact.Late && contact.UNotify < _room.Settings.Triage.DelayNotificationRate;
        _outbox.Add(new ContactOutcome
        {
            EffectTime = _windowEnd,
            Sender = Id,
            Target = new LpId(LpKind.Victim, contact.VictimId),
            Sequence = NextSequence(),
            ContactTime = contact.ArrivalTime,
            Force = contact.Force,
            IncidentType = contact.Type,
            Channel = contact.Channel,
            NeededGrade = contact.NeededGrade,
            GivenGrade = contact.GivenGrade,
            Vulnerable = contact.Vulnerable,
            VulnerabilityIdentified = contact.VulnerabilityIdentified,
            RepeatIdentified = contact.RepeatIdentified,
            StructuredAssessment = contact.StructuredAssessment,
            Attended = attended,
            ResponseMinutes = attended ? contact.ArrivedAt - contact.ArrivalTime : double.NaN,
            Late = contact.Late,
            ToldOfDelay = toldOfDelay,
            Crime = contact.Crime,
            Recorded = recorded,
        });
    }
}
