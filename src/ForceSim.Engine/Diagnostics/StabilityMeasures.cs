using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Diagnostics;

/// <summary>
/// The raw evidence of one replication for the stability diagnostics, written as <c>stability.*</c> measures so it
/// travels with every replication (checkpoints, grains, a cluster) like any other measure: each main queue's mean in
/// the first, middle and last thirds of the measured period and its MSER-5 truncation over the warm-up and the weeks after, the share of incidents never attended,
/// the share of investigations closed, and the warm-up they are judged against. <see cref="StabilityDiagnosis"/>
/// judges them across replications.
/// </summary>
public static class StabilityMeasures
{
    public const string Prefix = "stability.";
    public const string WarmupDays = "stability.warmup_days";
    public const string MeasuredDays = "stability.measured_days";
    public const string CasesClosedPerReferral = "stability.cases_closed_per_referral";
    public const string FirstThird = "first_third";
    public const string MiddleThird = "middle_third";
    public const string LastThird = "last_third";

    /// <summary>
    /// MSER-5 reads the warm-up and at least this many days after it (or the warm-up's length again, if longer), not the
    /// whole run: seasonal demand makes a year-long queue series non-stationary by design, and MSER would then cut at
    /// the end of the summer peak rather than at the end of the start-up transient.
    /// </summary>
    public const double MserWindowAfterWarmupDays = 28;
    public const string TruncationDays = "mser5_truncation_days";
    public const string SecondHalf = "mser5_second_half";
    public const string SettledLevel = "mser5_settled_level";
    public const string WarmupBias = "mser5_warmup_bias";

    private static readonly string[] GradeNames = ["emergency", "priority", "scheduled"];
    private static readonly string[] ChannelNames = ["emergency", "non_emergency", "online"];

    public static string Queue(string queue, string part) => $"{Prefix}{queue}.{part}";

    public static string NotAttended(string grade) => $"{Prefix}not_attended.{grade}";

    public static void Add(SortedDictionary<string, double?> measures, ForceTally force, ControlRoomTally? room, MeasuredPeriod period)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(force);
        measures[WarmupDays] = period.Start / DailySeries.DayMinutes;
        measures[MeasuredDays] = period.Minutes / DailySeries.DayMinutes;
        var response = force.Response;
        for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
        {
            var incidents = response.Incidents[g] - (g == 2 ? response.DeskResolved : 0);
            if (incidents > 0)
            {
                measures[NotAttended(GradeNames[g])] = Math.Max(0, incidents - response.Attended[g]) / (double)incidents;
                AddQueue(measures, $"dispatch_queue.{GradeNames[g]}", response.DispatchQueue[g].Daily, period);
            }
        }

        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            if (room is not null && force.Contact.Offered[c] > 0)
            {
                AddQueue(measures, $"call_queue.{ChannelNames[c]}", room.QueueLength[c].Daily, period);
            }
        }

        var investigation = force.Investigation;
        var toInvestigate = investigation.Referred - investigation.ScreenedOut;
        if (toInvestigate > 0)
        {
            measures[CasesClosedPerReferral] = investigation.Closed / (double)toInvestigate;
            AddQueue(measures, "caseload", investigation.Caseload, period);
        }
    }

    private static void AddQueue(SortedDictionary<string, double?> measures, string queue, DailySeries? daily, MeasuredPeriod period)
    {
        if (daily is null || daily.Days == 0)
        {
            return;
        }

        var series = daily.Means();
        var start = (int)Math.Floor(period.Start / DailySeries.DayMinutes);
        var measured = series.Length - start;
        if (measured >= 3)
        {
            var third = measured / 3;
            measures[Queue(queue, FirstThird)] = Mean(series, start, third);
            measures[Queue(queue, MiddleThird)] = Mean(series, start + third, measured - (2 * third));
            measures[Queue(queue, LastThird)] = Mean(series, series.Length - third, third);
        }

        var warmupDays = period.Start / DailySeries.DayMinutes;
        var window = (int)Math.Min(series.Length, Math.Ceiling(warmupDays + Math.Max(warmupDays, MserWindowAfterWarmupDays)));
        var mser = Mser5.Truncation(new ArraySegment<double>(series, 0, window));

        // What starting to measure at MSER's point instead of the warm-up's end would change: the start-up bias.
        var from = Math.Min(start, window - 1);
        var settled = Mean(series, Math.Max(from, mser.Truncation), window - Math.Max(from, mser.Truncation));
        measures[Queue(queue, SettledLevel)] = settled;
        measures[Queue(queue, WarmupBias)] = Mean(series, from, window - from) - settled;
        measures[Queue(queue, TruncationDays)] = mser.Truncation;
        measures[Queue(queue, SecondHalf)] = mser.InSecondHalf ? 1 : 0;
    }

    private static double Mean(double[] series, int from, int count)
    {
        var sum = 0.0;
        for (var i = from; i < from + count; i++)
        {
            sum += series[i];
        }

        return sum / count;
    }
}
