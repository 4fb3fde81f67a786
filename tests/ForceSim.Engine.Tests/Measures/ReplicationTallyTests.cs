using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Measures;

public sealed class ReplicationTallyTests
{
    private static readonly MeasuredPeriod Period = new(0, 1_000);

    [Theory]
    [InlineData("cambridgeshire-2022.yaml", 45)]
    [InlineData("eastern-region.yaml", 14)] // six forces, a joint control room and hundreds of units: the case that matters
    public void Merging_each_fixed_LPs_decoded_partial_tally_equals_collecting_them_directly(string scenario, double days)
    {
        var model = new CompiledScenario(TestScenarios.Load(scenario).Shorten(days, replications: 1, warmupDays: 7));
        var direct = new InProcessRun(model, replication: 0).Run();

        // As a grain host would: each LP into its own tally where it lives, bytes across, merged in InProcessRun's order.
        var collected = new List<LpId>();
        var merged = new InProcessRun(model, replication: 0).Run((lp, total) =>
        {
            var partial = new ReplicationTally(model.Period, model.Forces.Length, model.ControlRooms.Length);
            lp.Collect(partial);
            total.Merge(TallyCodec.Decode(TallyCodec.Encode(partial)));
            collected.Add(lp.Id);
        });

        Assert.Contains(collected, id => id.Kind == LpKind.ControlRoom);
        Assert.Contains(collected, id => id.Kind == LpKind.PatrolUnit);
        Assert.Contains(collected, id => id.Kind == LpKind.Investigation);
        Assert.Equal(TallyCodec.Encode(direct), TallyCodec.Encode(merged));
        TallyAssert.SameMeasures(ReplicationRunner.Measure(model, 0, direct, keepTally: false), ReplicationRunner.Measure(model, 0, merged, keepTally: false));
    }

    [Fact]
    public void Merge_adds_force_by_force_and_room_by_room()
    {
        var total = new ReplicationTally(Period, forces: 2, controlRooms: 2);
        var other = new ReplicationTally(Period, forces: 2, controlRooms: 2);
        total.EventsProcessed = 5;
        other.EventsProcessed = 7;
        total.Forces[1].Triage.Triaged = 1;
        other.Forces[1].Triage.Triaged = 2;
        other.Forces[0].Inspection.Attendance.Add(true);
        other.ControlRooms[1].HandlersBusy.Set(0, 3);
        other.ControlRooms[1].HandlersBusy.Finish(10);

        total.Merge(other);

        Assert.Equal(12, total.EventsProcessed);
        Assert.Equal(0, total.Forces[0].Triage.Triaged);
        Assert.Equal(3, total.Forces[1].Triage.Triaged);
        Assert.Equal([true], total.Forces[0].Inspection.Attendance);
        Assert.Equal(0, total.ControlRooms[0].HandlersBusy.Area);
        Assert.Equal(30, total.ControlRooms[1].HandlersBusy.Area);
    }

    [Fact]
    public void Merge_refuses_a_tally_of_another_shape()
    {
        var tally = new ReplicationTally(Period, forces: 2, controlRooms: 1);

        Assert.Throws<ArgumentException>(() => tally.Merge(new ReplicationTally(Period, forces: 1, controlRooms: 1)));
        Assert.Throws<ArgumentException>(() => tally.Merge(new ReplicationTally(Period, forces: 2, controlRooms: 2)));
        Assert.Throws<ArgumentException>(() => tally.Merge(new ReplicationTally(Period with { End = 2_000 }, forces: 2, controlRooms: 1)));
    }
}
