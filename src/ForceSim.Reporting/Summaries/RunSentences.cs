using ForceSim.Engine.Measures;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Summaries;

/// <summary>The measure sentences of a run's summary; each is null when the run has nothing to say on it.</summary>
internal static class RunSentences
{
    // The unit utilisation above which queues for a unit grow quickly (the headline table's "sustainable" mark).
    private const double SustainableUtilisation = 0.85;

    public static string? Attendance(Func<string, double?> mean, AttendanceTargets targets)
    {
        var (name, overall) = mean(MeasureNames.AttendanceWithinNeedTarget) is { } need
            ? ("Attendance in time for the need", need)
            : mean(MeasureNames.AttendanceWithinTarget) is { } given ? ("Attendance within target", given) : (null, double.NaN);
        if (name is null)
        {
            return null;
        }

        var parts = new List<string>();
        if ((mean($"{MeasureNames.AttendanceWithinNeedTarget}.emergency") ?? mean(MeasureNames.AttendanceWithinTargetEmergency)) is { } emergency)
        {
            parts.Add($"about {Proportions.InWords(1 - emergency)} emergencies wait longer than {EmergencyTarget(targets)}");
        }

        if ((mean($"{MeasureNames.AttendanceWithinNeedTarget}.priority") ?? mean(MeasureNames.AttendanceWithinTargetPriority)) is { } priority)
        {
            var target = targets.Priority is { } p ? DurationFormat.Words(p) : "their target";
            parts.Add($"about {Proportions.InWords(1 - priority)} priority incidents wait longer than {target}");
        }

        return parts.Count == 0 ? $"{name} {Proportions.Percent(overall)}." : $"{name} {Proportions.Percent(overall)}: {string.Join("; ", parts)}.";
    }

    public static string? Calls(Func<string, double?> mean)
    {
        var parts = new List<string>();
        if (mean(MeasureNames.EmergencyAnsweredWithin10s) is { } within10s)
        {
            parts.Add($"{Proportions.Percent(within10s)} of 999 calls are answered within 10 seconds (the national standard is 90%)");
        }

        var wait = mean(MeasureNames.NonEmergencyMeanAnswerSeconds);
        var abandoned = mean(MeasureNames.NonEmergencyAbandoned);
        if (wait is { } w && abandoned is { } a)
        {
            parts.Add($"101 callers wait {DurationFormat.Words(w / 60)} on average and {Proportions.InWords(a)} give up");
        }
        else if (wait is { } only)
        {
            parts.Add($"101 callers wait {DurationFormat.Words(only / 60)} on average");
        }
        else if (abandoned is { } gaveUp)
        {
            parts.Add($"{Proportions.InWords(gaveUp)} 101 callers give up");
        }

        return parts.Count == 0 ? null : Capitalise(string.Join("; ", parts)) + ".";
    }

    public static string? Units(Func<string, double?> mean)
    {
        if (mean("response.unit_utilisation") is not { } busy || busy < SustainableUtilisation)
        {
            return null;
        }

        return busy >= 1
            ? $"Response units are committed for {Proportions.Percent(busy)} of the time they are available for dispatch: demand exceeds what they can attend."
            : $"Response units are busy {Proportions.Percent(busy)} of the time they are available for dispatch, above the {Proportions.Percent(SustainableUtilisation)} usually held sustainable.";
    }

    public static string? Investigations(Func<string, double?> mean)
    {
        var parts = new List<string>();
        if (mean(MeasureNames.PlanSet) is { } plan)
        {
            parts.Add($"{Proportions.Percent(plan)} have an investigation plan");
        }

        if (mean(MeasureNames.Supervised) is { } supervised)
        {
            parts.Add($"{Proportions.Percent(supervised)} are supervised");
        }

        if (mean(MeasureNames.VictimsInformed) is { } informed)
        {
            parts.Add($"{Proportions.Percent(informed)} of victims are kept informed");
        }

        return parts.Count == 0 ? null : $"Of crimes investigated, {Join(parts)}.";
    }

    private static string EmergencyTarget(AttendanceTargets targets) => (targets.EmergencyUrban, targets.EmergencyRural) switch
    {
        ({ } urban, { } rural) when urban == rural => DurationFormat.Words(urban),
        ({ } urban, { } rural) => $"{DurationFormat.Words(urban)} in towns and {Math.Round(rural)} in the country",
        _ => "their force's target",
    };

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
