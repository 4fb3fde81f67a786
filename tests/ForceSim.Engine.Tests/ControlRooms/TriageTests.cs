using ForceSim.Engine.Compilation;
using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class TriageTests
{
    private const long Victim = 42;
    private readonly List<Message> _northOutbox = [];
    private readonly List<Message> _southOutbox = [];

    [Fact]
    public void Triage_cannot_identify_a_repeat_victim_whose_earlier_contact_left_no_record_in_this_room()
    {
        var (north, southRecords, _) = TwoRooms(sharedRecords: false);
        southRecords.RecordContact(Victim, force: 1);
        Assert.Empty(_southOutbox); // north does not share records, so south tells it nothing

        var repeat = Answered(north, Call(Channel.Emergency, force: 0, victimId: Victim, priorContacts: 1));
        north.Assess(repeat);

        Assert.True(repeat.Assessment.CheckDone);
        Assert.False(repeat.Assessment.RepeatIdentified);
    }

    [Fact]
    public void Triage_identifies_a_repeat_victim_recorded_in_another_room_once_the_shared_record_arrives()
    {
        var (north, southRecords, northRecords) = TwoRooms(sharedRecords: true);
        southRecords.RecordContact(Victim, force: 1);

        // Until the window boundary the record has not reached north.
        Assert.False(northRecords.Find(Victim, force: 0, shared: true) != RecordKind.None);
        var shared = Assert.IsType<RecordShared>(Assert.Single(_southOutbox));
        Assert.Equal(new LpId(LpKind.ControlRoom, 0), shared.Target);
        northRecords.RecordForeign(shared); // as the host delivers it at the boundary

        var repeat = Answered(north, Call(Channel.Emergency, force: 0, victimId: Victim, priorContacts: 1));
        north.Assess(repeat);
        Assert.True(repeat.Assessment.RepeatIdentified);
    }

    [Fact]
    public void Triage_identifies_a_victim_this_force_recorded_before_and_counts_the_repeat()
    {
        var model = Single();
        var context = Context();
        var tallies = Tallies(model);
        var triage = new Triage(model, model.ControlRooms[0], context, new RecordsSystem(model, model.ControlRooms[0], context), tallies);

        var first = Answered(triage, Call(Channel.Emergency, victimId: Victim));
        triage.Assess(first);
        var repeat = Answered(triage, Call(Channel.Emergency, victimId: Victim, priorContacts: 1));
        triage.Assess(repeat);

        Assert.False(first.Assessment.RepeatIdentified);
        Assert.True(repeat.Assessment.RepeatIdentified);
        var counts = tallies[0]!.Triage;
        Assert.Equal((2L, 1L, 1L), (counts.Triaged, counts.TrueRepeats, counts.RepeatsIdentified));
    }

    [Fact]
    public void Triage_grades_a_flagged_repeat_victim_on_the_known_risk_instead_of_too_low()
    {
        var policy = new TriagePolicy { StructuredAssessment = new TriageTask { Compliance = PressureCurve.Constant(0) }, UndergradeUnstructuredOther = 1 };
        var model = Single(triage: policy);
        var context = Context();
        var triage = new Triage(model, model.ControlRooms[0], context, new RecordsSystem(model, model.ControlRooms[0], context), Tallies(model));

        var first = Answered(triage, Call(Channel.NonEmergency, type: PriorityType, victimId: Victim));
        triage.Assess(first);
        var repeat = Answered(triage, Call(Channel.NonEmergency, type: PriorityType, victimId: Victim, priorContacts: 1));
        triage.Assess(repeat);

        Assert.Equal((Grade.Priority, Grade.Scheduled), (first.NeededGrade, first.GivenGrade));
        Assert.Equal((Grade.Priority, Grade.Priority), (repeat.NeededGrade, repeat.GivenGrade));
        Assert.Equal(ContactState.Graded, repeat.State);
    }

    [Fact]
    public void Triage_plans_a_structured_assessment_that_brings_the_repeat_check_with_it_and_adds_both_their_minutes()
    {
        var policy = new TriagePolicy
        {
            StructuredAssessment = new TriageTask { MandatoryChannels = [Channel.Emergency], Compliance = PressureCurve.Constant(0) },
            RepeatVictimCheck = new TriageTask { Compliance = PressureCurve.Constant(0) },
        };
        var triage = TriageOf(policy);
        var call = new Contact(Call(Channel.Emergency).Profile with { StructuredMinutes = 3, CheckMinutes = 1.5 });

        Assert.Equal(new TriageWork(Structured: true, CheckDone: true, ExtraMinutes: 4.5), triage.Plan(call, callsWaiting: 50));

        var unprompted = TriageOf(policy with { CheckPromptedByStructuredAssessment = false });
        Assert.Equal(new TriageWork(Structured: true, CheckDone: false, ExtraMinutes: 3), unprompted.Plan(call, callsWaiting: 50));
    }

    [Fact]
    public void Triage_plans_discretionary_work_less_often_the_more_callers_wait()
    {
        var policy = new TriagePolicy
        {
            StructuredAssessment = new TriageTask { Compliance = new PressureCurve([(0, 0.9), (20, 0.1)]) },
            RepeatVictimCheck = new TriageTask { Compliance = new PressureCurve([(0, 0.9), (20, 0.1)]) },
            CheckPromptedByStructuredAssessment = false,
        };
        var triage = TriageOf(policy);
        var call = new Contact(Call(Channel.NonEmergency).Profile with { UStructured = 0.6, UCheck = 0.2, StructuredMinutes = 3, CheckMinutes = 1 });

        Assert.Equal(new TriageWork(true, true, 4), triage.Plan(call, callsWaiting: 0));
        Assert.Equal(new TriageWork(false, true, 1), triage.Plan(call, callsWaiting: 10)); // 50% of calls
        Assert.Equal(new TriageWork(false, false, 0), triage.Plan(call, callsWaiting: 30)); // 10%
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Triage_finds_a_repeat_victim_with_a_recorded_crime_more_reliably_than_one_known_only_from_incident_logs(bool crimeRecorded, bool identified)
    {
        var policy = new TriagePolicy
        {
            RepeatVictimCheck = TriageTasks.Always,
            RecordsMatch = new RecordsMatch { IncidentLogStructured = 0.3, IncidentLogUnstructured = 0.3, CrimeRecordStructured = 0.9, CrimeRecordUnstructured = 0.9 },
        };
        CompiledScenario model = Single(triage: policy);
        var context = Context();
        var records = new RecordsSystem(model, model.ControlRooms[0], context);
        var triage = new Triage(model, model.ControlRooms[0], context, records, Tallies(model));
        records.RecordContact(Victim, force: 0);
        if (crimeRecorded)
        {
            records.RecordCrime(Victim, force: 0);
        }

        var repeat = Answered(triage, new Contact(Call(Channel.Emergency, victimId: Victim, priorContacts: 1).Profile with { UMatch = 0.6 }));
        triage.Assess(repeat);

        Assert.True(repeat.Assessment.CheckDone);
        Assert.Equal(identified, repeat.Assessment.RepeatIdentified);
    }

    private static Triage TriageOf(TriagePolicy policy)
    {
        CompiledScenario model = Single(triage: policy);
        var context = Context();
        return new Triage(model, model.ControlRooms[0], context, new RecordsSystem(model, model.ControlRooms[0], context), Tallies(model));
    }

    /// <summary>Answered by a handler who does whatever assessment work the room's policy asks when nobody is waiting.</summary>
    private static Contact Answered(Triage triage, Contact contact)
    {
        contact.Answer(contact.ArrivalTime, triage.Plan(contact, callsWaiting: 0));
        return contact;
    }

    /// <summary>North answers force 0 and south force 1; each room has its own records system.</summary>
    private (Triage North, RecordsSystem SouthRecords, RecordsSystem NorthRecords) TwoRooms(bool sharedRecords)
    {
        var policy = new TriagePolicy { SharedRecords = sharedRecords };
        CompiledScenario model = Compile(
            [Room("north", triage: policy), Room("south", triage: policy)],
            [Force("north", "north"), Force("south", "south")]);
        var northContext = Context(0, _northOutbox);
        var southContext = Context(1, _southOutbox);
        var northRecords = new RecordsSystem(model, model.ControlRooms[0], northContext);
        var southRecords = new RecordsSystem(model, model.ControlRooms[1], southContext);
        var north = new Triage(model, model.ControlRooms[0], northContext, northRecords, Tallies(model, room: 0));
        return (north, southRecords, northRecords);
    }
}
