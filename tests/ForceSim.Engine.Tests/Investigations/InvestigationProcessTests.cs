using ForceSim.Engine.Investigations;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;
using static ForceSim.Testing.Processes.ProtocolMessages;

namespace ForceSim.Engine.Tests.Investigations;

/// <summary>
/// A force's investigation function driven by hand: when referred crimes are allocated, how supervision sets plans,
/// which updates victims are sent, and how cases end.
/// </summary>
public sealed class InvestigationProcessTests
{
    private const double Day = 1440;
    private const double AllocationMinute = 8 * 60;

    [Fact]
    public void Investigation_steps_once_a_day_at_the_allocation_hour_until_the_measured_period_ends()
    {
        var investigation = Drive.Investigation(Investigation(i => i));
        investigation.Start();

        Assert.Equal(AllocationMinute, investigation.Process.NextEventTime);
        investigation.RunUntil(AllocationMinute + investigation.WindowMinutes);
        Assert.Equal(Day + AllocationMinute, investigation.Process.NextEventTime);
        investigation.RunToEnd();

        Assert.Equal(double.PositiveInfinity, investigation.Process.NextEventTime);
        Assert.Equal(30, investigation.Process.EventsProcessed);
        Assert.Equal(30, investigation.Collect().Forces[0].Investigation.CaseloadSamples);
    }

    [Fact]
    public void Crime_referred_after_the_allocation_hour_is_allocated_at_the_next_day_s_allocation_hour()
    {
        var investigation = Drive.Investigation(Investigation(i => i));
        investigation.Start();
        investigation.RunUntil(10 * 60);

        investigation.Send(Referral(crimeId: 1, VictimId(force: 0, number: 1), at: investigation.Now));
        investigation.RunUntil(Day + AllocationMinute);

        Assert.Equal(0, investigation.Process.OpenCases);
        Assert.Equal(Day + AllocationMinute, investigation.Process.NextEventTime);
        investigation.Step();
        Assert.Equal(1, investigation.Process.OpenCases);
        Assert.Equal(1, investigation.Collect().Forces[0].Investigation.Referred);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 10)]
    public void Without_supervisors_cases_get_a_plan_only_when_investigators_plan_without_supervision(double planWithoutSupervision, long plans)
    {
        var investigation = Drive.Investigation(Investigation(i => i with { Supervisors = 0, PlanWithoutSupervision = planWithoutSupervision }));
        investigation.Start();

        ReferCrimes(investigation, count: 10);
        investigation.RunToEnd();

        var tally = investigation.Collect().Forces[0].Investigation;
        Assert.Equal((10, plans, 0), (tally.Closed, tally.PlanSet, tally.Supervised));
    }

    [Fact]
    public void Without_supervisors_cases_get_a_plan_at_the_rate_investigators_plan_without_supervision()
    {
        const int cases = 400;
        var investigation = Drive.Investigation(Investigation(i => i with { Investigators = 100, Supervisors = 0, PlanWithoutSupervision = 0.3 }));
        investigation.Start();

        ReferCrimes(investigation, cases);
        investigation.RunToEnd();

        var tally = investigation.Collect().Forces[0].Investigation;
        Assert.Equal(cases, tally.Closed);
        BinomialCount.AssertPlausible("plans set without supervision", tally.PlanSet, cases, 0.3);
    }

    [Fact]
    public void Supervisor_s_first_review_on_the_day_of_allocation_sets_every_plan_even_when_investigators_never_plan_alone()
    {
        var investigation = Drive.Investigation(Investigation(i => i with { Supervisors = 1, ReviewsPerSupervisorPerDay = 10, PlanWithoutSupervision = 0 }));
        investigation.Start();

        ReferCrimes(investigation, count: 10);
        investigation.RunToEnd();

        var tally = investigation.Collect().Forces[0].Investigation;
        Assert.Equal((10, 10, 10), (tally.Closed, tally.PlanSet, tally.Supervised));
    }

    [Fact]
    public void Victim_is_kept_informed_at_every_update_interval_while_the_investigator_has_time_and_told_when_the_case_closes()
    {
        var investigation = Drive.Investigation(Investigation(i => i with
        {
            Investigators = 1,
            InvestigatorHoursPerDay = 8,
            VictimUpdateIntervalDays = 7,
            VictimUpdateMinutes = 30,
            CaseDeadlineDays = 25,
            ChargeProbability = 0,
        }));
        var victim = VictimId(force: 0, number: 1);
        investigation.Start();

        investigation.Send(Referral(crimeId: 1, victim, at: 0));
        investigation.RunToEnd();

        var updates = investigation.Sent.Where(s => s.Message is InvestigationUpdate).ToList();
        var allocated = AllocationMinute;
        double[] due = [allocated + (7 * Day), allocated + (14 * Day), allocated + (21 * Day), allocated + (25 * Day)];
        Assert.Equal(due, updates.Select(s => ((InvestigationUpdate)s.Message).At));
        Assert.Equal(
            [InvestigationUpdateKind.Informed, InvestigationUpdateKind.Informed, InvestigationUpdateKind.Informed, InvestigationUpdateKind.ClosedNoCharge],
            updates.Select(s => ((InvestigationUpdate)s.Message).Kind));
        Assert.All(updates, s => Assert.Equal((new LpId(LpKind.Victim, victim), 1L), (s.Message.Target, ((InvestigationUpdate)s.Message).CrimeId)));
        Assert.All(updates, s => Assert.Equal(s.WindowEnd, s.Message.EffectTime)); // the victim hears at the next boundary
        var tally = investigation.Collect().Forces[0].Investigation;
        Assert.Equal((3, 3, 1), (tally.UpdatesDue, tally.UpdatesDelivered, tally.Closed));
    }

    [Fact]
    public void Victim_update_that_falls_due_when_the_investigator_has_no_time_left_is_sent_as_not_informed()
    {
        // One hour a day: the older case's update (45 minutes) and its enquiries take it all, so the newer case's victim is not told.
        var investigation = Drive.Investigation(Investigation(i => i with
        {
            Investigators = 1,
            InvestigatorHoursPerDay = 1,
            VictimUpdateIntervalDays = 7,
            VictimUpdateMinutes = 45,
        }));
        var older = VictimId(force: 0, number: 1);
        var newer = VictimId(force: 0, number: 2);
        investigation.Start();

        investigation.Send(Referral(crimeId: 1, older, at: 0));
        investigation.Send(Referral(crimeId: 2, newer, at: investigation.WindowMinutes));
        investigation.RunUntil((7 * Day) + AllocationMinute + investigation.WindowMinutes);

        var updates = investigation.SentOf<InvestigationUpdate>().ToList();
        Assert.Equal([(older, InvestigationUpdateKind.Informed), (newer, InvestigationUpdateKind.NotInformed)], updates.Select(u => (u.Target.Id, u.Kind)));
        Assert.All(updates, u => Assert.Equal((7 * Day) + AllocationMinute, u.At));
    }

    /// <summary>An investigator whose hours are spent still tells every victim whose update is due, and files every case at the deadline.</summary>
    [Fact]
    public void Cases_an_investigator_has_no_hours_left_for_still_get_their_updates_and_are_filed_at_the_deadline()
    {
        // Two hours a day all go to the oldest case, so the other two are never worked.
        var investigation = Drive.Investigation(Investigation(i => i with
        {
            Investigators = 1,
            InvestigatorHoursPerDay = 2,
            VictimUpdateIntervalDays = 3,
            VictimUpdateMinutes = 30,
        }));
        investigation.Start();

        ReferCrimes(investigation, count: 3);
        investigation.RunToEnd();

        var updates = investigation.SentOf<InvestigationUpdate>().ToList();
        var informed = updates.Where(u => u.Kind == InvestigationUpdateKind.Informed).Select(u => u.Target.Id).Distinct();
        Assert.Equal([VictimId(force: 0, number: 1)], informed);
        Assert.Equal(6, updates.Count(u => u.Kind == InvestigationUpdateKind.NotInformed)); // days 3, 6 and 9 for two victims
        Assert.Equal(3, updates.Count(u => u.Kind == InvestigationUpdateKind.ClosedNoCharge && u.At == (10 * Day) + AllocationMinute));
        Assert.Equal(0, investigation.Process.OpenCases);
    }

    [Fact]
    public void Crime_screened_out_at_allocation_is_not_investigated_and_its_victim_is_told_so()
    {
        var investigation = Drive.Investigation(Investigation(i => i with { ScreenedOutShare = 1 }));
        var victim = VictimId(force: 0, number: 1);
        investigation.Start();

        investigation.Send(Referral(crimeId: 1, victim, at: 0));
        investigation.RunToEnd();

        var sent = Assert.Single(investigation.Sent);
        var update = Assert.IsType<InvestigationUpdate>(sent.Message);
        Assert.Equal((victim, InvestigationUpdateKind.ScreenedOut, AllocationMinute), (update.Target.Id, update.Kind, update.At));
        Assert.Equal(AllocationMinute + investigation.WindowMinutes, update.EffectTime);
        Assert.Equal(0, investigation.Process.OpenCases);
        var tally = investigation.Collect().Forces[0].Investigation;
        Assert.Equal((1, 1, 0), (tally.Referred, tally.ScreenedOut, tally.Closed));
    }

    [Fact]
    public void Crime_without_a_victim_is_investigated_without_sending_anyone_updates()
    {
        var investigation = Drive.Investigation(Investigation(i => i with { HoursPerLine = Distribution.Constant(1), VictimUpdateIntervalDays = 1 }));
        investigation.Start();

        investigation.Send(Referral(crimeId: 1, victimId: 0, at: 0));
        investigation.RunToEnd();

        Assert.Empty(investigation.Sent);
        Assert.Equal(1, investigation.Collect().Forces[0].Investigation.Closed);
    }

    [Theory]
    [InlineData(1.0, 1.0, InvestigationUpdateKind.ClosedCharged)] // every line done on the day of allocation
    [InlineData(0.0, 1.0, InvestigationUpdateKind.ClosedNoCharge)]
    [InlineData(1.0, 1000.0, InvestigationUpdateKind.ClosedNoCharge)] // filed at the deadline with no line done
    public void Case_ends_in_a_charge_only_with_the_charge_probability_times_the_share_of_lines_completed(double chargeProbability, double hoursPerLine, InvestigationUpdateKind outcome)
    {
        var investigation = Drive.Investigation(Investigation(i => i with
        {
            LinesOfEnquiry = Distribution.Constant(1),
            HoursPerLine = Distribution.Constant(hoursPerLine),
            ChargeProbability = chargeProbability,
            CaseDeadlineDays = 5,
        }));
        var victim = VictimId(force: 0, number: 1);
        investigation.Start();

        investigation.Send(Referral(crimeId: 1, victim, at: 0));
        investigation.RunToEnd();

        Assert.Equal(outcome, investigation.SentOf<InvestigationUpdate>().Last().Kind);
        var tally = investigation.Collect().Forces[0].Investigation;
        Assert.Equal((1, outcome == InvestigationUpdateKind.ClosedCharged ? 1 : 0), (tally.Closed, tally.Charged));
    }

    /// <summary>
    /// The one-force scenario's investigation with nothing screened out, plans as an assumed 0.3 chance, one 100-hour line of
    /// enquiry a case (never finished, so cases are filed at the 10-day deadline) and updates too rare to fall due in the
    /// run, changed further by <paramref name="change"/>.
    /// </summary>
    private static Scenario Investigation(Func<InvestigationSettings, InvestigationSettings> change) =>
        TestScenarios.OneForce().WithInvestigation(i => change(i with
        {
            Investigators = 2,
            Supervisors = 1,
            ReviewsPerSupervisorPerDay = 6,
            InvestigatorHoursPerDay = 4,
            MaxHoursPerCasePerDay = 2,
            ScreenedOutShare = 0,
            LinesOfEnquiry = Distribution.Constant(1),
            HoursPerLine = Distribution.Constant(100),
            PlanWithinDays = 2,
            PlanWithoutSupervision = 0.3,
            ReviewIntervalDays = 28,
            VictimUpdateIntervalDays = 60,
            CaseDeadlineDays = 10,
            AllocationHour = 8,
        }));

    /// <summary>Refers <paramref name="count"/> crimes with victims, recorded at time zero.</summary>
    private static void ReferCrimes(ProcessDriver<InvestigationProcess> investigation, int count)
    {
        for (var crime = 1; crime <= count; crime++)
        {
            investigation.Send(Referral(crime, VictimId(force: 0, number: crime), at: 0));
        }
    }
}
