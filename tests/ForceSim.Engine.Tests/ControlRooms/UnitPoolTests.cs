using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class UnitPoolTests
{
    private readonly ControlRoomContext _context = Context();
    private readonly List<Message> _outbox = [];

    public UnitPoolTests()
    {
        _context.BeginWindow(60, _outbox);
    }

    [Fact]
    public void UnitPool_sends_the_unit_freed_most_recently()
    {
        var (pool, _) = Pool(units: 3);
        var first = Commit(pool);
        var second = Commit(pool);
        Assert.Equal((2, 1), (first.FirstUnit, second.FirstUnit)); // units 0, 1, 2 came on shift in that order

        _context.MoveTo(10);
        pool.Release(first, paperworkMinutes: 0);
        _context.MoveTo(20);
        pool.Release(second, paperworkMinutes: 0);

        Assert.Equal(1, Commit(pool).FirstUnit);
        Assert.Equal(2, Commit(pool).FirstUnit);
        Assert.Equal(0, Commit(pool).FirstUnit);
        Assert.Equal(0, pool.Free);
        Assert.Throws<InvalidOperationException>(() => pool.Request(1, out _));
    }

    [Fact]
    public void UnitPool_lets_a_committed_unit_finish_its_job_after_its_shift_and_counts_the_overtime()
    {
        var (pool, tally) = Pool(units: 1, shiftEnd: 100);
        _context.MoveTo(50);
        var incident = Commit(pool);

        _context.MoveTo(100);
        pool.EndShift(0);
        Assert.Equal(UnitStatus.Committed, pool.StatusOf(0));
        Assert.Equal(0, pool.OnDuty);

        _context.MoveTo(130);
        pool.Release(incident, paperworkMinutes: 0);

        Assert.Equal(UnitStatus.OffDuty, pool.StatusOf(0));
        Assert.Equal(0, pool.Free);
        Assert.Equal(30, tally.OvertimeMinutes);
        Assert.Equal(80, pool.BusyMinutes(0));
        var workload = Assert.IsType<UnitWorkload>(Assert.Single(_outbox));
        Assert.Equal((30.0, new LpId(LpKind.PatrolUnit, 0)), (workload.OvertimeMinutes, workload.Target));
    }

    [Fact]
    public void UnitPool_keeps_a_unit_on_duty_when_a_later_shift_has_already_started()
    {
        var (pool, _) = Pool(units: 1, shiftEnd: 100);
        _context.MoveTo(90);
        Assert.False(pool.StartShift(0, end: 200)); // already free: nothing new to send

        _context.MoveTo(100);
        pool.EndShift(0);

        Assert.Equal(UnitStatus.Available, pool.StatusOf(0));
        Assert.Equal((1, 1), (pool.OnDuty, pool.Free));
    }

    [Fact]
    public void UnitPool_lends_only_free_units_and_they_come_home_free_if_still_on_shift()
    {
        var (pool, _) = Pool(units: 3);
        Commit(pool);

        var lent = pool.Lend(5);

        Assert.Equal([1, 0], lent);
        Assert.All(lent, u => Assert.Equal(UnitStatus.Lent, pool.StatusOf(u)));
        Assert.Equal(0, pool.Free);

        pool.TakeBack(lent);
        Assert.Equal(2, pool.Free);
        Assert.Equal(UnitStatus.Available, pool.StatusOf(0));
    }

    [Fact]
    public void UnitPool_sends_borrowed_units_home_when_the_loan_ends_letting_a_busy_one_finish_first()
    {
        var model = Compile([Room("room")], [Force("force", "room", units: 1) with { MutualAid = new MutualAidSettings { Units = 2 } }]);
        var pool = new UnitPool(model.Forces[0], borrowable: 2, _context, new ResponseTally(model.Period), model.Period);
        pool.Borrow(2, until: 240);
        var incident = Commit(pool);
        Assert.True(pool.IsBorrowed(incident.FirstUnit));

        _context.MoveTo(240);
        pool.SendBorrowedHome();

        Assert.Equal(0, pool.Free);
        Assert.Equal(UnitStatus.Committed, pool.StatusOf(incident.FirstUnit));
        _context.MoveTo(250);
        pool.Release(incident, paperworkMinutes: 45);
        Assert.Equal(UnitStatus.OffDuty, pool.StatusOf(incident.FirstUnit));
        Assert.Empty(_outbox); // a borrowed unit's paperwork goes with it to its own force
    }

    private (UnitPool Pool, ResponseTally Tally) Pool(int units, double shiftEnd = 1440)
    {
        var model = Single(units: units);
        var tally = new ResponseTally(model.Period);
        var pool = new UnitPool(model.Forces[0], borrowable: 0, _context, tally, model.Period);
        for (var unit = 0; unit < units; unit++)
        {
            Assert.True(pool.StartShift(unit, shiftEnd));
        }

        return (pool, tally);
    }

    private Contact Commit(UnitPool pool)
    {
        var incident = Graded(Grade.Emergency, _context.Now);
        incident.AwaitDispatch(_context.Now, unitsNeeded: 1);
        var first = pool.Request(1, out var others);
        incident.Dispatch(_context.Now, first, others);
        return incident;
    }
}
