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
}
