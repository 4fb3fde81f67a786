using ForceSim.Engine.Grading;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Charts;

namespace ForceSim.Reporting.Report;

/// <summary>
/// Turns a run's kept tallies (merged over the replications that kept them) and its grade indicators into
/// the charts of report.html: attendance by grade, demand and capacity, queues and likely grades.
/// </summary>
public static class RunCharts
{
    private static readonly string[] ChannelNames = ["999 (emergency)", "101 (non-emergency)", "Online"];
    private static readonly string[] GradeLabels = ["Emergency", "Priority", "Scheduled"];

    public static IReadOnlyList<ReportChart> Build(Scenario scenario, Rubric rubric, ExperimentResult result, IReadOnlyList<ReplicationTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(tallies);
        var charts = new List<ReportChart>();
        if (tallies.Count > 0)
        {
            var force = MergeForces(tallies);
            var room = MergeRooms(tallies);
            var basis = tallies.Count == 1 ? "replication 0" : $"{tallies.Count} replications pooled";
            charts.AddRange(Attendance(scenario, force, basis, result.Summary));
            charts.AddRange(DemandAndCapacity(tallies[0].Period, tallies.Count, force, room, basis));
            charts.AddRange(Queues(force, room, basis));
        }

        charts.AddRange(PlaceCharts.Build(scenario, result));
        charts.Add(Grades(rubric, result));
        return charts;
    }

    public static ForceTally MergeForces(IReadOnlyList<ReplicationTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var merged = tallies[0].AllForces();
        foreach (var tally in tallies.Skip(1))
        {
            merged.Merge(tally.AllForces());
        }

        return merged;
    }

    public static ControlRoomTally MergeRooms(IReadOnlyList<ReplicationTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var merged = tallies[0].AllControlRooms();
        foreach (var tally in tallies.Skip(1))
        {
            merged.Merge(tally.AllControlRooms());
        }

        return merged;
    }

    /// <summary>Hours of each hour-of-week observed in the measured period (fractions at its ends), times the replications pooled.</summary>
    public static double[] ExposureHours(MeasuredPeriod period, int replications)
    {
        var exposure = new double[WeeklyProfile.HoursInWeek];
        var from = period.Start;
        while (period.End > from)
        {
            var until = Math.Min((Math.Floor(from / 60.0) + 1) * 60.0, period.End);
            exposure[WeeklyProfile.HourOfWeek(from, period.MondayOffsetHours)] += (until - from) / 60.0 * replications;
            from = until;
        }

        return exposure;
    }

    private static IEnumerable<ReportChart> Attendance(Scenario scenario, ForceTally force, string basis, SortedDictionary<string, MeasureSummary> summary)
    {
        for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
        {
            var histogram = force.Response.ResponseTime[g];
            if (histogram.Count == 0)
            {
                continue;
            }

            var grade = ChannelIndex.Dispatched[g];
            var targets = AttendanceTargets.For(scenario, grade);
            var own = force.Response.Attended[g] > 0 ? (double)force.Response.WithinTarget[g] / force.Response.Attended[g] : (double?)null;
            var png = AttendanceChart.Render(new AttendanceDistribution(GradeLabels[g], histogram.BinWidth, histogram.Bins, histogram.Overflow, targets, own));
            yield return new ReportChart(
                $"attendance-{GradeLabels[g].ToLowerInvariant()}.png",
                $"{GradeLabels[g]} attendance time against target",
                $"Minutes from the clock start to arrival at scene, every attended {GradeLabels[g].ToLowerInvariant()} incident ({basis}); bars past the target are orange."
                    + (targets.Count > 1 ? AttendanceCaption.TwoTargets(own, summary) : ""),
                png);
        }
    }

    private static IEnumerable<ReportChart> DemandAndCapacity(MeasuredPeriod period, int replications, ForceTally force, ControlRoomTally room, string basis)
    {
        var exposure = ExposureHours(period, replications);
        var offered = new double[WeeklyProfile.HoursInWeek];
        for (var h = 0; h < offered.Length; h++)
        {
            var count = Enumerable.Range(0, ChannelIndex.Channels).Sum(c => force.Contact.OfferedByHourOfWeek[c][h]);
            offered[h] = exposure[h] > 0 ? count / exposure[h] : double.NaN;
        }

        var contactSeries = WeeklyChart.ContactDemandSeries(offered, room.HandlersOnDuty.Weekly!.Means(), room.HandlersBusy.Weekly!.Means());
        yield return new ReportChart(
            "demand-contacts.png",
            "Contacts offered against call handlers on duty",
            $"Mean contacts offered per hour (999, 101 and online together) against the mean call handlers on duty and busy in that hour ({basis}).",
            WeeklyChart.ContactDemand(offered, room.HandlersOnDuty.Weekly!.Means(), room.HandlersBusy.Weekly!.Means()))
        { Csv = WeeklyCsv.Render(contactSeries) };

        var waiting = SumProfiles(force.Response.DispatchQueue);
        yield return new ReportChart(
            "demand-response.png",
            "Response units available for dispatch and busy against incidents waiting",
            $"Mean response units available for dispatch (on shift, not abstracted, start-of-shift paperwork done) and busy, and incidents of every dispatched grade waiting for a unit, in each hour of the week ({basis}).",
            WeeklyChart.ResponseDemand(force.Response.UnitsOnDuty.Weekly!.Means(), force.Response.UnitsBusy.Weekly!.Means(), waiting))
        {
            Csv = WeeklyCsv.Render(WeeklyChart.ResponseDemandSeries(force.Response.UnitsOnDuty.Weekly!.Means(), force.Response.UnitsBusy.Weekly!.Means(), waiting)),
        };
    }

    private static IEnumerable<ReportChart> Queues(ForceTally force, ControlRoomTally room, string basis)
    {
        var calls = Enumerable.Range(0, ChannelIndex.Channels)
            .Select(c => new WeeklySeries(ChannelNames[c], room.QueueLength[c].Weekly!.Means()))
            .Where(s => s.Values.Any(v => v > 0))
            .ToList();
        yield return new ReportChart(
            "queue-calls.png",
            "Calls waiting to be answered, typical week",
            $"Mean number of callers in each channel's queue in each hour of the week ({basis}); channels that never queued are left out.",
            WeeklyChart.Render("Calls waiting to be answered, typical week", "Callers waiting (mean in the hour)", calls))
        { Csv = WeeklyCsv.Render(calls) };

        var incidents = Enumerable.Range(0, ChannelIndex.DispatchedGrades)
            .Select(g => new WeeklySeries(GradeLabels[g], force.Response.DispatchQueue[g].Weekly!.Means()))
            .Where(s => s.Values.Any(v => v > 0))
            .ToList();
        yield return new ReportChart(
            "queue-incidents.png",
            "Incidents waiting for a unit, typical week",
            $"Mean number of incidents of each grade waiting for a response unit in each hour of the week ({basis}); grades that never waited are left out.",
            WeeklyChart.Render("Incidents waiting for a unit, typical week", "Incidents waiting (mean in the hour)", incidents))
        { Csv = WeeklyCsv.Render(incidents) };
    }

    private static ReportChart Grades(Rubric rubric, ExperimentResult result)
    {
        var measures = result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures).ToList();
        var areas = rubric.Areas
            .Select(a => (Area: a, Population: GradeDistribution.From(a.Id, "population", measures), Inspection: GradeDistribution.From(a.Id, "inspection", measures)))
            .Where(a => a.Population.Probability.Count > 0 || a.Inspection.Probability.Count > 0)
            .Select(a => new AreaGradeProbabilities(a.Area.Name.Length > 0 ? a.Area.Name : a.Area.Id, a.Population.Probability, a.Inspection.Probability))
            .ToList();
        return new ReportChart(
            "grades.png",
            "Likely inspection grades",
            $"Share of the {result.Replications.Count} replications awarded each grade, from the full simulated population and from inspection-sized samples ({rubric.Name}).",
            GradeChart.Render(areas));
    }

    private static double[] SumProfiles(IEnumerable<TimeWeighted> levels)
    {
        var sum = new double[WeeklyProfile.HoursInWeek];
        foreach (var level in levels)
        {
            var means = level.Weekly!.Means();
            for (var h = 0; h < sum.Length; h++)
            {
                sum[h] += means[h];
            }
        }

        return sum;
    }
}
