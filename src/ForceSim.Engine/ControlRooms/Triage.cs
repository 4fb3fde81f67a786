using ForceSim.Engine.Compilation;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Risk assessment and grading. Whether a handler does a structured assessment or a repeat-victim check is decided as
/// the call is answered, from policy and the callers waiting, and costs handling time. Without a structured assessment
/// vulnerable callers are more often graded too low; a check can only flag a repeat victim whose earlier contact left a
/// record this room can see, and a search finds a recorded crime more reliably than a bare incident log.
/// </summary>
public sealed class Triage
{
    private readonly CompiledScenario _model;
    private readonly CompiledControlRoom _room;
    private readonly TriagePolicy _policy;
    private readonly RecordsSystem _records;
    private readonly ForceTally?[] _tallies;
    private readonly Reservoir<bool>?[] _repeatChecks;

    /// <param name="tallies">Each force's tally, by force index (null for forces another room answers).</param>
    public Triage(CompiledScenario model, CompiledControlRoom room, ControlRoomContext context, RecordsSystem records, ForceTally?[] tallies)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tallies);
        _model = model;
        _room = room;
        _policy = room.Settings.Triage;
        _records = records;
        _tallies = tallies;
        _repeatChecks = new Reservoir<bool>?[model.Forces.Length];
        foreach (var f in room.Forces)
        {
            // The inspection's sample of victims' calls: was the repeat-victim check done?
            var stream = context.Stream($"inspection:repeat-check:{model.Forces[f].Id}");
            _repeatChecks[f] = new(model.Inspection.RepeatVictimCheckSample, stream);
        }
    }

    /// <summary>
    /// The assessment work a handler takes on as they answer a call with <paramref name="callsWaiting"/> callers
    /// (999 and 101) still waiting: mandatory work always, discretionary work less often the more are waiting. A
    /// structured assessment asks about earlier contacts, so it brings the check with it when the policy says so.
    /// </summary>
    public TriageWork Plan(Contact contact, int callsWaiting)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var (channel, force, type) = (contact.Channel, contact.Force, contact.Type);
        var structured = _room.StructuredAssessment.IsDone(channel, force, type, callsWaiting, contact.UStructured);
        var checkDone = (structured && _policy.CheckPromptedByStructuredAssessment)
            || _room.RepeatVictimCheck.IsDone(channel, force, type, callsWaiting, contact.UCheck);
        var minutes = (structured ? contact.Profile.StructuredMinutes : 0) + (checkDone ? contact.Profile.CheckMinutes : 0);
        return new TriageWork(structured, checkDone, minutes);
    }

    /// <summary>Assesses and grades a contact, and logs the victim's contact on the records system.</summary>
    public void Assess(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var policy = _policy;
        var incident = _model.Forces[contact.Force].IncidentTypes[contact.Type].Settings;
        var (structured, checkDone, _) = contact.Work;
        var record = checkDone ? _records.Find(contact.VictimId, contact.Force, policy.SharedRecords) : RecordKind.None;
        var repeatIdentified = record != RecordKind.None
            && contact.Profile.UMatch < policy.RecordsMatch.Chance(record == RecordKind.CrimeRecord, structured);
        var identifyChance = structured ? policy.VulnerabilityIdentifiedStructured : policy.VulnerabilityIdentifiedUnstructured;
        var vulnerabilityIdentified = contact.Vulnerable && (contact.UVulnerabilityIdentified < identifyChance || repeatIdentified);
        var undergradeChance = (structured, contact.Vulnerable) switch
        {
            (true, true) => policy.UndergradeStructuredVulnerable,
            (true, false) => policy.UndergradeStructuredOther,
            (false, true) => policy.UndergradeUnstructuredVulnerable,
            _ => policy.UndergradeUnstructuredOther,
        };

        // A flagged repeat victim is graded on the known risk, so the history corrects an under-grade.
        var undergraded = incident.Grade != Grade.Resolution && !repeatIdentified && contact.UUndergrade < undergradeChance;
        var given = undergraded ? incident.Grade + 1 : incident.Grade;
        contact.Grade(new Assessment(structured, checkDone, repeatIdentified, vulnerabilityIdentified, incident.Grade, given));
        if (contact.VictimId != 0)
        {
            _records.RecordContact(contact.VictimId, contact.Force);
        }

        if (contact.Counted)
        {
            Count(contact, undergraded);
        }
    }

    /// <summary>Hands the inspection its sample of repeat-victim checks at the end of the run.</summary>
    public void Finish()
    {
        for (var f = 0; f < _repeatChecks.Length; f++)
        {
            if (_repeatChecks[f] is { } sample)
            {
                _tallies[f]!.Inspection.RepeatVictimChecks.AddRange(sample.Items);
            }
        }
    }

    private void Count(Contact contact, bool undergraded)
    {
        var tally = _tallies[contact.Force]!;
        var triage = tally.Triage;
        var repeat = contact.PriorContacts > 0;
        var identified = contact.Assessment.RepeatIdentified;
        triage.Triaged++;
        triage.Structured += contact.Assessment.Structured ? 1 : 0;
        triage.CheckDone += contact.Assessment.CheckDone ? 1 : 0;
        triage.TrueRepeats += repeat ? 1 : 0;
        triage.RepeatsIdentified += repeat && identified ? 1 : 0;
        triage.CrossBorderRepeats += repeat && contact.CrossBorder ? 1 : 0;
        triage.CrossBorderRepeatsIdentified += repeat && contact.CrossBorder && identified ? 1 : 0;
        triage.Vulnerable += contact.Vulnerable ? 1 : 0;
        triage.VulnerabilityIdentified += contact.Assessment.VulnerabilityIdentified ? 1 : 0;
        triage.Undergraded += undergraded ? 1 : 0;
        tally.Response.Incidents[(int)contact.GivenGrade]++;
        if (contact.GivenGrade == Grade.Resolution && contact.NeededGrade != Grade.Resolution)
        {
            tally.Response.NeedNotAttended[(int)contact.NeededGrade]++; // needed a unit, graded to get none
        }
        if (contact.VictimId != 0)
        {
            _repeatChecks[contact.Force]!.Offer(contact.Assessment.CheckDone);
        }
    }
}
