using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Protocol;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class RecordsSystemTests
{
    private const long Victim = 11;

    [Fact]
    public void A_record_made_for_another_force_of_the_same_room_counts_only_when_records_are_shared()
    {
        var model = Compile([Room("joint")], [Force("east", "joint"), Force("west", "joint")]);
        var records = new RecordsSystem(model, model.ControlRooms[0], Context());

        records.RecordContact(Victim, force: 1);

        Assert.True(records.Find(Victim, force: 1, shared: false) != RecordKind.None);
        Assert.False(records.Find(Victim, force: 0, shared: false) != RecordKind.None);
        Assert.True(records.Find(Victim, force: 0, shared: true) != RecordKind.None);
    }

    [Fact]
    public void A_record_from_another_room_counts_only_when_records_are_shared()
    {
        var model = Single();
        var records = new RecordsSystem(model, model.ControlRooms[0], Context());

        records.RecordForeign(new RecordShared { EffectTime = 0, Sender = new LpId(LpKind.ControlRoom, 1), Target = new LpId(LpKind.ControlRoom, 0), Sequence = 0, VictimId = Victim });

        Assert.False(records.Find(Victim, force: 0, shared: false) != RecordKind.None);
        Assert.True(records.Find(Victim, force: 0, shared: true) != RecordKind.None);
        Assert.False(records.Find(victimId: 0, force: 0, shared: true) != RecordKind.None); // a contact with no victim has no history
    }

    [Fact]
    public void A_contact_leaves_an_incident_log_and_a_recorded_crime_is_found_as_a_crime_record()
    {
        var model = Single();
        var records = new RecordsSystem(model, model.ControlRooms[0], Context());

        Assert.Equal(RecordKind.None, records.Find(Victim, force: 0, shared: false));
        records.RecordContact(Victim, force: 0);
        Assert.Equal(RecordKind.IncidentLog, records.Find(Victim, force: 0, shared: false));
        records.RecordCrime(Victim, force: 0);
        Assert.Equal(RecordKind.CrimeRecord, records.Find(Victim, force: 0, shared: false));

        // A later contact does not hide the crime already on record.
        records.RecordContact(Victim, force: 0);
        Assert.Equal(RecordKind.CrimeRecord, records.Find(Victim, force: 0, shared: true));
        Assert.Equal(RecordKind.None, records.Find(Victim + 1, force: 0, shared: true));
    }

    [Fact]
    public void A_crime_recorded_by_another_force_of_the_room_is_found_as_a_crime_record_only_when_records_are_shared()
    {
        var model = Compile([Room("joint")], [Force("east", "joint"), Force("west", "joint")]);
        var records = new RecordsSystem(model, model.ControlRooms[0], Context());
        records.RecordContact(Victim, force: 0);
        records.RecordCrime(Victim, force: 1);

        Assert.Equal(RecordKind.IncidentLog, records.Find(Victim, force: 0, shared: false));
        Assert.Equal(RecordKind.CrimeRecord, records.Find(Victim, force: 0, shared: true));
    }

    [Fact]
    public void A_shared_crime_record_from_another_room_is_found_as_a_crime_record_and_a_later_log_does_not_downgrade_it()
    {
        var model = Single();
        var records = new RecordsSystem(model, model.ControlRooms[0], Context());

        records.RecordForeign(Shared(crimeRecord: false));
        Assert.Equal(RecordKind.IncidentLog, records.Find(Victim, force: 0, shared: true));
        records.RecordForeign(Shared(crimeRecord: true));
        records.RecordForeign(Shared(crimeRecord: false));

        Assert.Equal(RecordKind.CrimeRecord, records.Find(Victim, force: 0, shared: true));
        Assert.Equal(RecordKind.None, records.Find(Victim, force: 0, shared: false));
    }

    [Fact]
    public void A_recorded_crime_is_shared_as_a_crime_record_and_a_contact_as_a_log()
    {
        var sharing = new Model.Scenarios.TriagePolicy { SharedRecords = true };
        var model = Compile([Room("a", triage: sharing), Room("b", triage: sharing)], [Force("a", "a"), Force("b", "b")]);
        var outbox = new List<Message>();
        var records = new RecordsSystem(model, model.ControlRooms[0], Context(0, outbox));

        records.RecordContact(Victim, force: 0);
        records.RecordCrime(Victim, force: 0);

        Assert.Equal([false, true], outbox.Cast<RecordShared>().Select(m => m.CrimeRecord));
    }

    [Fact]
    public void A_record_is_sent_to_every_other_room_that_shares_records_and_to_no_other()
    {
        var sharing = new Model.Scenarios.TriagePolicy { SharedRecords = true };
        var model = Compile(
            [Room("a", triage: sharing), Room("b", triage: sharing), Room("c")],
            [Force("a", "a"), Force("b", "b"), Force("c", "c")]);
        var outbox = new List<Message>();
        var records = new RecordsSystem(model, model.ControlRooms[0], Context(0, outbox));

        records.RecordContact(Victim, force: 0);

        var shared = Assert.IsType<RecordShared>(Assert.Single(outbox));
        Assert.Equal((new LpId(LpKind.ControlRoom, 1), Victim), (shared.Target, shared.VictimId));
    }

    [Fact]
    public void A_record_reaches_the_sharing_rooms_in_room_order_whichever_room_records_it()
    {
        // The order fixes the messages' sequence numbers, so it is part of the model's determinism.
        var sharing = new Model.Scenarios.TriagePolicy { SharedRecords = true };
        var model = Compile(
            [Room("a", triage: sharing), Room("b"), Room("c", triage: sharing), Room("d", triage: sharing)],
            [Force("a", "a"), Force("b", "b"), Force("c", "c"), Force("d", "d")]);
        var outbox = new List<Message>();
        var records = new RecordsSystem(model, model.ControlRooms[2], Context(2, outbox));

        records.RecordContact(Victim, force: 2);
        records.RecordCrime(Victim, force: 2);

        Assert.Equal([0, 3, 0, 3], outbox.Select(m => (int)m.Target.Id));
        Assert.Equal([false, false, true, true], outbox.Cast<RecordShared>().Select(m => m.CrimeRecord));
    }

    private static RecordShared Shared(bool crimeRecord) => new()
    {
        EffectTime = 0,
        Sender = new LpId(LpKind.ControlRoom, 1),
        Target = new LpId(LpKind.ControlRoom, 0),
        Sequence = 0,
        VictimId = Victim,
        CrimeRecord = crimeRecord,
    };
}
