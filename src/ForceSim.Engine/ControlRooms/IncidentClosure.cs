using ForceSim.Engine.Compilation;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Closing an incident: the crime-recording decision, referral of recorded crimes to investigation,
/// and the outcome sent to the victim. An unrecorded crime is never referred, so it gets no investigation.
/// </summary>
public sealed class IncidentClosure
{
    private readonly CompiledScenario _model;
    private readonly CompiledControlRoom _room;
    private readonly ControlRoomContext _context;
    private readonly ForceTally?[] _tallies;
    private readonly Reservoir<RecordedCheck>?[] _recordingSamples;
    private long _crimeSequence;

    /// <param name="tallies">Each force's tally, by force index (null for forces another room answers).</param>
    public IncidentClosure(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context, ForceTally?[] tallies)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(context);
        _model = model;
        _room = room;
        _context = context;
        _tallies = tallies;
        _recordingSamples = new Reservoir<RecordedCheck>?[model.Forces.Length];
        foreach (var f in room.Forces)
        {
            // The inspection's sample of reported crimes: was each one recorded?
            var stream = context.Stream($"inspection:recording:{model.Forces[f].Id}");
            _recordingSamples[f] = new(model.Inspection.RecordingSample, stream);
        }
    }

    /// <summary>Closes the contact, after attendance or straight after grading, and tells whoever must hear of it.</summary>
    public void Close(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        contact.Close();
        var recorded = contact.Crime && Record(contact);
        if (contact.VictimId == 0)
        {
            return;
        }

        var attended = contact.Attended;
        var toldOfDelay = contact.Late && contact.UNotify < _room.Settings.Triage.DelayNotificationRate;
        _context.Send(new ContactOutcome
        {
            EffectTime = _context.WindowEnd,
            Sender = _context.Id,
            Target = new LpId(LpKind.Victim, contact.VictimId),
            Sequence = _context.NextSequence(),
            ContactTime = contact.ArrivalTime,
            Force = contact.Force,
            IncidentType = contact.Type,
            Channel = contact.Channel,
            NeededGrade = contact.NeededGrade,
            GivenGrade = contact.GivenGrade,
            Vulnerable = contact.Vulnerable,
            VulnerabilityIdentified = contact.Assessment.VulnerabilityIdentified,
            RepeatIdentified = contact.Assessment.RepeatIdentified,
            StructuredAssessment = contact.Assessment.Structured,
            Attended = attended,
            ResponseMinutes = attended ? contact.ArrivedAt - contact.ArrivalTime : double.NaN,
            Late = contact.Late,
            ToldOfDelay = toldOfDelay,
            Crime = contact.Crime,
            Recorded = recorded,
        });
    }

    /// <summary>Hands the inspection its sample of reported crimes at the end of the run.</summary>
    public void Finish()
    {
        for (var f = 0; f < _recordingSamples.Length; f++)
        {
            if (_recordingSamples[f] is { } sample)
            {
                _tallies[f]!.Inspection.Recording.AddRange(sample.Items);
            }
        }
    }

    /// <summary>Whether the crime is recorded; a recorded crime is referred to the force's investigation function.</summary>
    private bool Record(Contact contact)
    {
        var force = _model.Forces[contact.Force];
        var incident = force.IncidentTypes[contact.Type];

        // Missing a victim's vulnerability makes officers likelier to treat the report as a non-crime.
        var penalty = contact.Vulnerable && !contact.Assessment.VulnerabilityIdentified ? force.Settings.Recording.MissedVulnerabilityPenalty : 0;
        var recorded = contact.URecord < incident.RecordingProbability - penalty;
        if (contact.Counted)
        {
            var recording = _tallies[contact.Force]!.Recording;
            recording.CrimesOccurring++;
            recording.CrimesRecorded += recorded ? 1 : 0;
            if (incident.IsViolence)
            {
                recording.ViolenceOccurring++;
                recording.ViolenceRecorded += recorded ? 1 : 0;
            }

            _recordingSamples[contact.Force]!.Offer(new RecordedCheck(recorded, incident.IsViolence));
        }

        if (recorded && force.Settings.Investigation is not null)
        {
            _context.Send(new CrimeReferral
            {
                EffectTime = _context.WindowEnd,
                Sender = _context.Id,
                Target = new LpId(LpKind.Investigation, contact.Force),
                Sequence = _context.NextSequence(),
                CrimeId = ((long)_room.Index << 40) | ++_crimeSequence,
                VictimId = contact.VictimId,
                CrimeClass = incident.Settings.CrimeClass,
                Vulnerable = contact.Vulnerable,
                RecordedAt = _context.Now,
            });
        }

        return recorded;
    }
}
