using ForceSim.Engine.PatrolUnits;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;
using static ForceSim.Testing.Processes.ProtocolMessages;

namespace ForceSim.Engine.Tests.PatrolUnits;

/// <summary>
/// One response unit driven by hand (the one-force scenario's unit, on a 07:00 shift of 10 hours): what it tells its
/// control room, how write-ups and abstractions shape its shifts, and what it reports.
/// </summary>
public sealed class PatrolUnitProcessTests
{
    private const double Day = 1440;
    private const double ShiftStart = 7 * 60;
    private const double ShiftLength = 10 * 60;

    [Fact]
    public void Patrol_unit_publishes_each_shift_s_plan_to_its_control_room_one_window_before_the_shift_starts()
    {
        var unit = Drive.PatrolUnit(TestScenarios.OneForce());

        Assert.Empty(unit.Start());
        Assert.Equal(ShiftStart - unit.WindowMinutes, unit.Process.NextEventTime);
        unit.RunUntil(3 * Day);

        var plans = unit.Sent.Where(s => s.Message is ShiftPlan).ToList();
        Assert.Equal(3, plans.Count);
        for (var day = 0; day < plans.Count; day++)
        {
            var start = (day * Day) + ShiftStart;
            var plan = (ShiftPlan)plans[day].Message;
            Assert.Equal(start, plans[day].WindowEnd); // sent in the window that ends as the shift starts
            Assert.Equal(start, plan.EffectTime);
            Assert.Equal((start, start + ShiftLength), (plan.From, plan.To));
            Assert.Equal((ControlRoom(), 0), (plan.Target, plan.Unit));
        }

        Assert.Equal((3 * Day) + ShiftStart - unit.WindowMinutes, unit.Process.NextEventTime);
    }

    [Fact]
    public void Patrol_unit_publishes_a_night_shift_already_running_at_time_zero_when_it_starts()
    {
        var scenario = TestScenarios.OneForce().WithResponseShifts(s => s with { StartHour = 22, Hours = 10 });
        var unit = Drive.PatrolUnit(scenario);

        var plan = Assert.IsType<ShiftPlan>(Assert.Single(unit.Start()));

        Assert.Equal((0.0, 0.0, 8 * 60.0), (plan.EffectTime, plan.From, plan.To)); // from 22:00 the day before to 08:00, counted from zero
        Assert.Equal((22 * 60) - unit.WindowMinutes, unit.Process.NextEventTime);
    }

    [Fact]
    public void Write_up_time_from_a_job_delays_the_start_of_the_unit_s_next_shift_and_not_the_current_one()
    {
        var unit = Drive.PatrolUnit(TestScenarios.OneForce().WithResponse(r => r with { MaxPaperworkMinutesPerShift = 120 }));
        unit.Start();
        unit.RunUntil(ShiftStart + 180); // three hours into the first shift

        unit.Send(Workload(unit: 0, at: unit.Now, paperworkMinutes: 45));
        unit.RunUntil(2 * Day);

        var plans = unit.SentOf<ShiftPlan>().ToList();
        Assert.Equal(ShiftStart, plans[0].From);
        Assert.Equal((Day + ShiftStart + 45, Day + ShiftStart + ShiftLength), (plans[1].From, plans[1].To));
        Assert.Equal([0.0, 45.0], unit.Process.ShiftLog.Select(s => s.PaperworkMinutes));
    }

    [Fact]
    public void Write_up_time_taken_at_the_start_of_a_shift_is_capped_and_the_rest_carried_to_later_shifts()
    {
        var unit = Drive.PatrolUnit(TestScenarios.OneForce().WithResponse(r => r with { MaxPaperworkMinutesPerShift = 120 }));
        unit.Start();

        unit.Send(Workload(unit: 0, at: 0, paperworkMinutes: 300));
        unit.RunUntil(4 * Day);

        double[] expected = [120, 120, 60, 0];
        Assert.Equal(expected, unit.Process.ShiftLog.Select(s => s.PaperworkMinutes));
        Assert.Equal(expected.Select((p, day) => (day * Day) + ShiftStart + p), unit.SentOf<ShiftPlan>().Select(p => p.From));
        Assert.Equal(300, unit.Collect().Forces[0].Response.PaperworkMinutes);
    }

    [Fact]
    public void Write_up_time_taken_at_the_start_of_a_shift_never_exceeds_the_shift_and_the_rest_is_carried_over()
    {
        var scenario = TestScenarios.OneForce()
            .WithResponseShifts(s => s with { Hours = 2 })
            .WithResponse(r => r with { MaxPaperworkMinutesPerShift = 300 });
        var unit = Drive.PatrolUnit(scenario);
        unit.Start();

        unit.Send(Workload(unit: 0, at: 0, paperworkMinutes: 300));
        unit.RunUntil(3 * Day);

        Assert.All(unit.Process.ShiftLog, s => Assert.InRange(s.PaperworkMinutes, 0, s.End - s.Start));
        Assert.All(unit.SentOf<ShiftPlan>(), p => Assert.True(p.From <= p.To, $"plan from {p.From} to {p.To}"));
        Assert.Equal(300, unit.Process.ShiftLog.Sum(s => s.PaperworkMinutes));
    }

    [Fact]
    public void Patrol_unit_reports_the_overtime_it_is_told_of_and_leaves_counting_it_to_the_control_room()
    {
        var unit = Drive.PatrolUnit(TestScenarios.OneForce());
        unit.Start();
        unit.RunUntil(Day);

        unit.Send(Workload(unit: 0, at: unit.Now, overtimeMinutes: 30, sequence: 0));
        unit.Send(Workload(unit: 0, at: unit.Now, overtimeMinutes: 15, sequence: 1));
        unit.RunUntil(2 * Day);

        Assert.Equal(45, unit.Process.OvertimeMinutes);
        Assert.Equal(45, unit.Process.Describe(busyMinutes: null).OvertimeMinutes);
        Assert.Equal(Day + ShiftStart, unit.SentOf<ShiftPlan>().Last().From); // overtime is paid, not taken from the next shift

        // The control room counts overtime when the job ends; counting it here as well would count it twice.
        Assert.Equal(0, unit.Collect().Forces[0].Response.OvertimeMinutes);
    }

    [Fact]
    public void Patrol_unit_works_and_plans_every_rostered_shift_when_abstraction_is_zero()
    {
        var unit = Drive.PatrolUnit(TestScenarios.OneForce().WithHorizonDays(30).WithResponse(r => r with { Abstraction = new AbstractionRates() }));
        unit.Start();

        unit.RunToEnd();

        var log = unit.Process.ShiftLog;
        Assert.Equal(30, log.Count);
        Assert.All(log, s => Assert.Equal(AbstractionReason.None, s.Abstraction));
        Assert.Equal(log.Select(s => s.Start), unit.SentOf<ShiftPlan>().Select(p => p.From));
        var tally = unit.Collect().Forces[0].Response;
        Assert.Equal((30, 0), (tally.ShiftsPlanned, tally.ShiftsAbstracted));
    }

    [Fact]
    public void Patrol_unit_sends_no_plan_for_a_shift_it_is_abstracted_from_and_logs_why_in_proportion_to_each_rate()
    {
        const int days = 1000;
        var rates = new AbstractionRates { Training = 0.2, Court = 0.1, Sickness = 0.2, Leave = 0.4 };
        var unit = Drive.PatrolUnit(TestScenarios.OneForce().WithHorizonDays(days).WithResponse(r => r with { Abstraction = rates }));
        unit.Start();

        unit.RunToEnd();

        var log = unit.Process.ShiftLog;
        Assert.Equal(days, log.Count);
        Assert.Equal(log.Where(s => s.Abstraction == AbstractionReason.None).Select(s => s.Start), unit.SentOf<ShiftPlan>().Select(p => p.EffectTime));
        BinomialCount.AssertPlausible("training", log.Count(s => s.Abstraction == AbstractionReason.Training), days, rates.Training);
        BinomialCount.AssertPlausible("court", log.Count(s => s.Abstraction == AbstractionReason.Court), days, rates.Court);
        BinomialCount.AssertPlausible("sickness", log.Count(s => s.Abstraction == AbstractionReason.Sickness), days, rates.Sickness);
        BinomialCount.AssertPlausible("leave", log.Count(s => s.Abstraction == AbstractionReason.Leave), days, rates.Leave);
        var tally = unit.Collect().Forces[0].Response;
        Assert.Equal((days, log.Count(s => s.Abstraction != AbstractionReason.None)), (tally.ShiftsPlanned, tally.ShiftsAbstracted));
    }

    [Fact]
    public void Write_up_time_waits_for_the_next_shift_the_unit_actually_works()
    {
        // With leave at 0.99 the first shift is abstracted (99%) and one of 1000 is worked (all but 4e-5).
        var scenario = TestScenarios.OneForce().WithHorizonDays(1000).WithResponse(r => r with { Abstraction = new AbstractionRates { Leave = 0.99 } });
        var unit = Drive.PatrolUnit(scenario);
        unit.Start();

        unit.Send(Workload(unit: 0, at: 0, paperworkMinutes: 60));
        unit.RunToEnd();

        var log = unit.Process.ShiftLog;
        Assert.Equal(AbstractionReason.Leave, log[0].Abstraction);
        Assert.All(log.TakeWhile(s => s.Abstraction != AbstractionReason.None), s => Assert.Equal(0, s.PaperworkMinutes));
        var firstWorked = log.First(s => s.Abstraction == AbstractionReason.None);
        Assert.Equal(60, firstWorked.PaperworkMinutes);
        Assert.Equal(firstWorked.Start + 60, unit.SentOf<ShiftPlan>().First().From);
    }
}
