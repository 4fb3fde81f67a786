using ForceSim.Engine.Compilation;
using ForceSim.Engine.IncidentLogs;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Closing an incident: the crime-recording decision, referral of recorded crimes to investigation, the crime record
/// the victim leaves on the records system, and the outcome sent to the victim. An unrecorded crime is never
/// referred, so it gets no investigation, and leaves only an incident log for a later search to find. A victim who
/// rang again and hung up before being answered is told that nothing follows, so it does not wait for an outcome.
/// </summary>
public sealed class IncidentClosure
{
    private readonly CompiledScenario _model;
    private readonly CompiledControlRoom _room;
    private readonly ControlRoomContext _context;
    private readonly RecordsSystem _records;
    private readonly RecordingDecision _recording;
    private readonly IIncidentLog _log;
    private long _crimeSequence;

    /// <param name="tallies">Each force's tally, by force index (null for forces another room answers).</param>
    /// <param name="log">Where each closed incident is reported for an extract (the null log when nobody asks).</param>
    public IncidentClosure(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context, RecordsSystem records, ForceTally?[] tallies, IIncidentLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(context);
        _model = model;
        _room = room;
        _context = context;
        _records = records;
        _recording = new RecordingDecision(model, room, context, tallies);
        _log = log ?? NullIncidentLog.Instance;
    }

    /// <summary>Closes the contact, after attendance or straight after grading, and tells whoever must hear of it.</summary>
    public void Close(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        contact.Close();
        var crimes = _recording.Decide(contact);
        if (crimes.AnyRecorded)
        {
            Refer(contact, crimes);
        }

        Log(contact, crimes);
        if (contact.VictimId == 0)
        {
            return;
        }

        if (crimes.AnyRecorded)
        {
            _records.RecordCrime(contact.VictimId, contact.Force);
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
            LateForNeed = contact.LateForNeed,
            ToldOfDelay = toldOfDelay,
            Crime = crimes.VictimsCrime,
            Recorded = crimes.VictimsCrimeRecorded,
            Referred = crimes.AnyRecorded && _model.Forces[contact.Force].Settings.Investigation is not null,
        });
    }

    /// <summary>
    /// A caller hung up for good. A first-time caller has no victim yet, so only one who rang again hears of it (the
    /// victim then knows no outcome will come; what it does with that changes no measure).
    /// </summary>
    public void GaveUp(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.VictimId == 0 || contact.PriorContacts == 0)
        {
            return;
        }

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
            NeededGrade = default,
            GivenGrade = default,
            Vulnerable = contact.Vulnerable,
            VulnerabilityIdentified = false,
            RepeatIdentified = false,
            StructuredAssessment = false,
            Attended = false,
            ResponseMinutes = double.NaN,
            Late = false,
            ToldOfDelay = false,
            Crime = false,
            Recorded = false,
            Abandoned = true,
        });
    }

    private void Log(Contact contact, RecordedCrimes crimes)
    {
        var attended = contact.Attended;
        _log.Closed(new IncidentRecord(
            contact.Force,
            contact.Channel,
            contact.Type,
            contact.GivenGrade,
            contact.Area,
            contact.ArrivalTime,
            attended,
            attended ? contact.DispatchedAt : double.NaN,
            attended ? contact.ArrivedAt : double.NaN,
            attended ? _context.Now : double.NaN,
            crimes.AnyRecorded,
            contact.Counted));
    }

    /// <summary>Hands the inspection its sample of reported crimes at the end of the run.</summary>
    public void Finish() => _recording.Finish();

    /// <summary>
    /// One referral per incident, for the crime the victim reported if it was recorded, else the first further crime
    /// that was: crimes in one incident are investigated together, so the investigation's workload follows incidents.
    /// </summary>
    private void Refer(Contact contact, RecordedCrimes crimes)
    {
        var force = _model.Forces[contact.Force];
        if (force.Settings.Investigation is null)
        {
            return;
        }

        _context.Send(new CrimeReferral
        {
            EffectTime = _context.WindowEnd,
            Sender = _context.Id,
            Target = new LpId(LpKind.Investigation, contact.Force),
            Sequence = _context.NextSequence(),
            CrimeId = ((long)_room.Index << 40) | ++_crimeSequence,
            VictimId = contact.VictimId,
            CrimeClass = crimes.ReferredClass >= 0 ? _model.CrimeClasses[crimes.ReferredClass] : "", // a class-less crime (only a scenario built in code has one)
            Vulnerable = contact.Vulnerable,
            RecordedAt = _context.Now,
        });
    }
}
