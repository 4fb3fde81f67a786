using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class MutualAidTests
{
    private readonly List<Message> _northOutbox = [];
    private readonly List<Message> _southOutbox = [];

    /// <summary>North has no unit on shift and two emergencies waiting; south, in another room, has three units and keeps one.</summary>
    [Fact]
    public void MutualAid_borrows_what_a_neighbour_can_spare_when_urgent_incidents_wait_and_sends_it_at_once()
    {
        var model = Compile(
            [Room("north"), Room("south")],
            [
                Force("north", "north", units: 1) with { Neighbours = ["south"], MutualAid = new MutualAidSettings { RequestWhenWaiting = 2, Units = 2, Hours = 4 } },
                Force("south", "south", units: 3) with { Neighbours = ["north"], MutualAid = new MutualAidSettings { LendWhenFree = 1 } },
            ]);
        var northContext = Context(0, _northOutbox);
        var southContext = Context(1, _southOutbox);
        var northTallies = Tallies(model, room: 0);
        var southTallies = Tallies(model, room: 1);
        var northDispatch = new ForceDispatch?[] { new(model, 0, northContext, northTallies[0]!), null };
        var southDispatch = new ForceDispatch?[] { null, new(model, 1, southContext, southTallies[1]!) };
        var northAid = new MutualAid(model, model.ControlRooms[0], northContext, northDispatch, northTallies);
        var southAid = new MutualAid(model, model.ControlRooms[1], southContext, southDispatch, southTallies);
        for (var unit = 0; unit < 3; unit++)
        {
            southDispatch[1]!.StartShift(unit, end: 1440, backlogMinutes: 0);
        }

        var first = Graded(Grade.Emergency);
        var second = Graded(Grade.Emergency);
        northDispatch[0]!.AwaitDispatch(first);
        northDispatch[0]!.AwaitDispatch(second);

        northContext.MoveTo(60);
        northAid.Check(0);
        northAid.Check(0); // one request at a time
        var request = Assert.IsType<AidRequest>(Assert.Single(_northOutbox));
        Assert.Equal((new LpId(LpKind.ControlRoom, 1), 0, 1), (request.Target, request.Borrower, request.Lender));
        Assert.True(northAid.IsBorrowing(0));

        southContext.MoveTo(120);
        southAid.Lend(request);
        var granted = Assert.IsType<AidGranted>(Assert.Single(_southOutbox));
        Assert.Equal((2, 360.0), (granted.Units, granted.Until));
        Assert.Equal(1, southDispatch[1]!.Units.Free);

        northContext.MoveTo(180);
        northAid.Receive(granted);

        Assert.All([first, second], c => Assert.Equal(ContactState.Dispatched, c.State));
        Assert.All([first, second], c => Assert.True(northDispatch[0]!.Units.IsBorrowed(c.FirstUnit)));
        Assert.Equal((1L, 2L), (northTallies[0]!.Response.AidRequests, northTallies[0]!.Response.AidUnitsBorrowed));
        Assert.Equal(2L, southTallies[1]!.Response.AidUnitsLent);
    }
}
