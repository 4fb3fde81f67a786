using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace ForceSim.Engine.Diagnostics;

/// <summary>
/// The rules that judge one scope (all forces, or one force) from its replications' <c>stability.*</c> and utilisation
/// measures. Thresholds are documented in docs/diagnostics.md; each rule is deliberately blunt, because it exists to
/// catch a run whose averages describe no steady state at all, not to fine-tune one that has one.
/// </summary>
public static class StabilityRules
{
    /// <summary>A queue grows when its last-third mean is at least this multiple of its first-third mean…</summary>
    public const double GrowthRatio = 1.5;

    /// <summary>
    /// …and at least this much longer (one more incident, call or case per investigator waiting on average), and, for a
    /// queue of arrivals, longer by at least a day's arrivals (its wait has grown by a day or more)…
    /// </summary>
    public const double GrowthAtLeast = 1.0;

    /// <summary>…and is not levelling off: the last third's rise over the middle is at least this share of the middle's rise over the first.</summary>
    public const double LevellingOff = 0.5;

    /// <summary>
    /// A warm-up is too short only when it matters: starting at MSER's point instead would move the queue's mean over
    /// the days examined by at least this much, absolutely and as a share of the settled level.
    /// </summary>
    public const double MaterialBias = 0.1;

    /// <summary>Share of a grade's incidents never attended by the end of the run above which work is not being completed.</summary>
    public const double NotAttendedLimit = 0.10;

    /// <summary>Investigations closed per crime allocated for investigation below which cases are piling up unclosed.</summary>
    public const double ClosedPerReferralLimit = 0.5;

    /// <summary>
    /// The shortest measured period over which too few closures mean overload. Investigations run for weeks to months, so
    /// over a shorter run most cases allocated are still open at its end however well staffed the force is (the
    /// Cambridgeshire baseline closes 0.25 per crime allocated over 20 days, 0.58 over 60, 0.69 over 120).
    /// </summary>
    public const double ClosedPerReferralMinimumDays = 90;

    private static readonly string[] Queues =
    [
        "call_queue.emergency", "call_queue.non_emergency", "call_queue.online",
        "dispatch_queue.emergency", "dispatch_queue.priority", "dispatch_queue.scheduled", "caseload",
    ];

    public static IEnumerable<StabilityReason> Judge(string scope, IReadOnlyList<IReadOnlyDictionary<string, double?>> replications)
    {
        ArgumentNullException.ThrowIfNull(replications);
        var found = new List<StabilityReason>();
        Utilisation(found, scope, replications, "response.unit_utilisation", CapacityResource.Response, "response units");
        Utilisation(found, scope, replications, "contact.handler_utilisation", CapacityResource.CallHandling, "call handlers");
        foreach (var queue in Queues)
        {
            Growth(found, scope, replications, queue);
            Settling(found, scope, replications, queue);
        }

        foreach (var grade in (string[])["emergency", "priority", "scheduled"])
        {
            NotAttended(found, scope, replications, grade);
        }

        NotClosed(found, scope, replications);
        return found;
    }

    /// <summary>The measure of how many join a queue each day (or hour), where one exists: caseloads are work in progress, not a queue of arrivals.</summary>
    public static string? ArrivalsPerDay(string queue) =>
        queue.StartsWith("call_queue.", StringComparison.Ordinal) ? $"contact.{queue["call_queue.".Length..]}_contacts_per_day"
        : queue.StartsWith("dispatch_queue.", StringComparison.Ordinal) ? $"response.incidents_per_hour.{queue["dispatch_queue.".Length..]}"
        : null;

    public static CapacityResource ResourceOf(string queue) =>
        queue.StartsWith("call_queue.", StringComparison.Ordinal) ? CapacityResource.CallHandling
        : queue == "caseload" ? CapacityResource.Investigation
        : CapacityResource.Response;

    /// <summary>The queue in words: "the queue of scheduled incidents waiting for a unit".</summary>
    public static string Describe(string queue) => queue switch
    {
        "caseload" => "investigators' open caseloads",
        _ when queue.StartsWith("call_queue.", StringComparison.Ordinal) => $"the {Words(queue["call_queue.".Length..])} call queue",
        _ => $"the queue of {Words(queue["dispatch_queue.".Length..])} incidents waiting for a unit",
    };

    private static void Utilisation(List<StabilityReason> found, string scope, IReadOnlyList<IReadOnlyDictionary<string, double?>> reps, string measure, CapacityResource resource, string who)
    {
        if (Mean(reps, measure) is { } mean && mean >= 1.0)
        {
            found.Add(new(StabilityCodes.UtilisationAtOrAboveOne, StabilitySeverity.Unstable, scope, resource, measure, mean,
                $"{Cap(who)} are busy {Percent(mean)} of their time on duty: demand exceeds their capacity."));
        }
    }

    private static void Growth(List<StabilityReason> found, string scope, IReadOnlyList<IReadOnlyDictionary<string, double?>> reps, string queue)
    {
        var thirds = reps
            .Select(r => (First: Value(r, StabilityMeasures.Queue(queue, StabilityMeasures.FirstThird)), Middle: Value(r, StabilityMeasures.Queue(queue, StabilityMeasures.MiddleThird)), Last: Value(r, StabilityMeasures.Queue(queue, StabilityMeasures.LastThird))))
            .Where(p => p.First is not null && p.Middle is not null && p.Last is not null)
            .Select(p => (First: p.First!.Value, Middle: p.Middle!.Value, Last: p.Last!.Value))
            .ToList();
        if (thirds.Count == 0)
        {
            return;
        }

        var first = thirds.Average(p => p.First);
        var middle = thirds.Average(p => p.Middle);
        var last = thirds.Average(p => p.Last);
        var growth = thirds.Select(p => p.Last - p.First).ToArray();
        var consistent = growth.Length < 2 || growth.Mean() - (StudentT.InvCDF(0, 1, growth.Length - 1, 0.975) * growth.StandardDeviation() / Math.Sqrt(growth.Length)) > 0;
        if (last < GrowthRatio * first || last - first < GrowthAtLeast || !consistent)
        {
            return;
        }

        var levels = $"{Number(first)} on average in the first third of the measured period, {Number(middle)} in the middle third, {Number(last)} in the last";
        var perDay = ArrivalsPerDay(queue) is { } arrivals ? Mean(reps, arrivals) * (arrivals.Contains("per_hour", StringComparison.Ordinal) ? 24 : 1) : null;
        if (last - first < perDay)
        {
            found.Add(new(StabilityCodes.DemandRises, StabilitySeverity.Warning, scope, ResourceOf(queue), queue, last - first,
                $"{Cap(Describe(queue))}: {levels}. It grows by less than a day's arrivals ({Number(perDay.Value)}), so demand rises through the run (seasonal demand or repeat calls) rather than exceeding capacity."));
        }
        else if (perDay is null && last - middle >= LevellingOff * (middle - first))
        {
            // Caseloads fill over months (cases stay open for weeks), so within one run a caseload still filling looks
            // much like one that never stops: only a longer run can tell. Overload shows in cases left unclosed.
            found.Add(new(StabilityCodes.WarmupTooShort, StabilitySeverity.Warning, scope, ResourceOf(queue), queue, last - first,
                $"{Cap(Describe(queue))}: {levels}. They are still growing at the end of the run: either the run is too short for caseloads to fill (investigation measures then read better than a settled force's would) or demand exceeds investigative capacity. A longer horizon would tell."));
        }
        else if (last - middle >= LevellingOff * (middle - first))
        {
            found.Add(new(StabilityCodes.QueueGrows, StabilitySeverity.Unstable, scope, ResourceOf(queue), queue, last - first,
                $"{Cap(Describe(queue))}: {levels}. It keeps growing and is not levelling off: demand exceeds {StabilityDiagnosis.CapacityWords(ResourceOf(queue))}."));
        }
        else
        {
            found.Add(new(StabilityCodes.WarmupTooShort, StabilitySeverity.Warning, scope, ResourceOf(queue), queue, last - first,
                $"{Cap(Describe(queue))}: {levels}. Still building up after the warm-up, though the growth is levelling off: a longer warm-up would measure it settled."));
        }
    }

    private static void Settling(List<StabilityReason> found, string scope, IReadOnlyList<IReadOnlyDictionary<string, double?>> reps, string queue)
    {
        var truncations = reps.Select(r => Value(r, StabilityMeasures.Queue(queue, StabilityMeasures.TruncationDays))).Where(v => v is not null).Select(v => v!.Value).ToArray();
        var warmup = Mean(reps, StabilityMeasures.WarmupDays) ?? 0;
        var median = truncations.Length == 0 ? 0 : truncations.Median();
        var bias = Math.Abs(Mean(reps, StabilityMeasures.Queue(queue, StabilityMeasures.WarmupBias)) ?? 0);
        var level = Mean(reps, StabilityMeasures.Queue(queue, StabilityMeasures.SettledLevel)) ?? 0;
        if (median <= warmup || bias < Math.Max(MaterialBias, MaterialBias * level) || found.Any(r => r.Scope == scope && r.Subject == queue))
        {
            return;
        }

        var secondHalf = reps.Count(r => Value(r, StabilityMeasures.Queue(queue, StabilityMeasures.SecondHalf)) == 1);
        var unsettled = secondHalf > 0
            ? $"; in {secondHalf} of {truncations.Length} it lies in the second half of the days examined, which had not settled at all"
            : "";
        found.Add(new(StabilityCodes.WarmupTooShort, StabilitySeverity.Warning, scope, ResourceOf(queue), queue, median,
            $"The warm-up ({Number(warmup)} days) is too short for {Describe(queue)}: MSER-5 puts the end of its start-up transient at day {Number(median)} (median over replications{unsettled})."));
    }

    private static void NotAttended(List<StabilityReason> found, string scope, IReadOnlyList<IReadOnlyDictionary<string, double?>> reps, string grade)
    {
        if (Mean(reps, StabilityMeasures.NotAttended(grade)) is { } share && share >= NotAttendedLimit)
        {
            var message = share >= 1
                ? $"No {grade} incident was attended: every one still waited for a unit at the end of the run."
                : $"{Cap(Percent(share))} of {grade} incidents were never attended by the end of the run.";
            found.Add(new(StabilityCodes.IncidentsNotAttended, StabilitySeverity.Unstable, scope, CapacityResource.Response, StabilityMeasures.NotAttended(grade), share, message));
        }
    }

    private static void NotClosed(List<StabilityReason> found, string scope, IReadOnlyList<IReadOnlyDictionary<string, double?>> reps)
    {
        if (Mean(reps, StabilityMeasures.CasesClosedPerReferral) is { } closed && closed < ClosedPerReferralLimit)
        {
            if (Mean(reps, StabilityMeasures.MeasuredDays) is { } days && days < ClosedPerReferralMinimumDays)
            {
                found.Add(new(
                    StabilityCodes.InvestigationsNotClosed,
                    StabilitySeverity.Warning,
                    scope,
                    CapacityResource.Investigation,
                    StabilityMeasures.CasesClosedPerReferral,
                    closed,
                    $"Only {Number(closed, "0.00")} investigations were closed for each crime allocated, but over {Number(days, "0")} days most investigations outlast the run: too short to tell whether investigators keep up. Investigation measures read better than a settled force's would."));
                return;
            }

            var message = closed <= 0
                ? "No investigation was closed in the measured period."
                : $"Only {Number(closed, "0.00")} investigations were closed for each crime allocated for investigation: cases pile up unclosed.";
            found.Add(new(StabilityCodes.InvestigationsNotClosed, StabilitySeverity.Unstable, scope, CapacityResource.Investigation, StabilityMeasures.CasesClosedPerReferral, closed, message));
        }
    }

    private static double? Value(IReadOnlyDictionary<string, double?> measures, string name) =>
        measures.TryGetValue(name, out var value) ? value : null;

    private static double? Mean(IReadOnlyList<IReadOnlyDictionary<string, double?>> reps, string name)
    {
        var values = reps.Select(r => Value(r, name)).Where(v => v is not null).Select(v => v!.Value).ToList();
        return values.Count == 0 ? null : values.Average();
    }

    private static string Words(string key) => key.Replace('_', '-');

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Number(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);
}
