using System.Globalization;
using ForceSim.Engine.Measures;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Summaries;

/// <summary>
/// One measure's change between two runs in a sentence: "101 calls abandoned falls from 16% to 9% (−6.8 points, paired
/// 95% CI −7.5 to −6.1)". Shared by the comparison and budget summaries so both say a change the same way.
/// </summary>
internal static class ChangeText
{
    /// <summary>The measures a summary looks at first, in the order a chief officer weighs them; the rest follow in table order.</summary>
    private static readonly string[] Priority =
    [
        MeasureNames.AttendanceWithinNeedTarget, MeasureNames.EmergencyAnsweredWithin10s, MeasureNames.NonEmergencyAbandoned,
        MeasureNames.NonEmergencyMeanAnswerSeconds, MeasureNames.CrimesRecorded, MeasureNames.PlanSet, MeasureNames.Supervised,
        MeasureNames.VictimsInformed, MeasureNames.VictimConfidence,
    ];

    /// <summary>Headline measures (cost aside) whose paired interval excludes zero, most important first.</summary>
    public static List<OptionDifference> Distinguishable(IReadOnlyList<OptionDifference> differences, string? except = null)
    {
        var order = PriorityOrder();
        var byName = differences.Where(d => d.Difference is not null && d.Distinguishable).ToDictionary(d => d.Measure, StringComparer.Ordinal);
        return [.. order.Where(m => m != MeasureNames.AnnualCost && m != except && byName.ContainsKey(m)).Select(m => byName[m])];
    }

    /// <summary>Every headline measure, the most important first.</summary>
    public static List<string> PriorityOrder() => [.. Priority.Concat(MeasureCatalog.Headline.Select(m => m.Name)).Distinct()];

    /// <param name="interval">How the interval is named: paired when the runs share their random numbers, Welch's when not.</param>
    public static string Of(OptionDifference d, string interval = "paired 95% CI")
    {
        var name = interval;
        var unit = MeasureLabels.UnitOf(d.Measure);
        var verb = d.Difference > 0 ? "rises" : d.Difference < 0 ? "falls" : "stays";
        var range = d.Lower is { } lo && d.Upper is { } hi
            ? unit == MeasureUnit.Fraction
                ? $", {name} {Proportions.Points(lo).Replace(" points", "", StringComparison.Ordinal)} to {Proportions.Points(hi)}"
                : $", {name} {Signed(lo, unit)} to {Signed(hi, unit)}"
            : "";
        var (from, to) = (Prose(d.BaseMean, unit), Prose(d.OptionMean, unit));
        if (from == to && unit == MeasureUnit.Fraction)
        {
            // A change too small for whole percentages: one decimal, so it never reads "falls from 93% to 93%".
            (from, to) = (MeasureFormat.Value(d.BaseMean, unit), MeasureFormat.Value(d.OptionMean, unit));
        }

        return $"{MeasureLabels.InSentence(d.Measure)} {verb} from {from} to {to} ({Signed(d.Difference ?? 0, unit)}{range})";
    }

    /// <summary>"It costs £1.20M a year more (£45.06M → £46.26M)", or null when the cost does not change.</summary>
    public static string? Cost(IReadOnlyList<OptionDifference> differences, string subject)
    {
        var cost = differences.FirstOrDefault(d => d.Measure == MeasureNames.AnnualCost);
        if (cost is not { Difference: { } change, BaseMean: { } before, OptionMean: { } after } || Math.Abs(change) < 500)
        {
            return null;
        }

        return $"{subject} {(change > 0 ? "costs" : "saves")} {Pounds(Math.Abs(change))} a year ({Pounds(before)} → {Pounds(after)}).";
    }

    /// <summary>Areas whose chance of requires improvement or worse (inspection view) moves by 10 points or more.</summary>
    public static IEnumerable<string> GradeShifts(IReadOnlyList<OptionDifference> differences, IReadOnlyDictionary<string, string>? areaNames)
    {
        var byName = differences.ToDictionary(d => d.Measure, StringComparer.Ordinal);
        foreach (var area in differences.Select(d => d.Measure).Where(m => m.StartsWith("grades.", StringComparison.Ordinal)).Select(m => m.Split('.')[1]).Distinct())
        {
            var worse = GradeNames.All.Where(g => g >= InspectionGrade.RequiresImprovement)
                .Select(g => byName.GetValueOrDefault($"grades.{area}.inspection.{GradeNames.Key(g)}"))
                .Where(d => d is { BaseMean: not null, OptionMean: not null })
                .ToList();
            if (worse.Count == 0)
            {
                continue;
            }

            var before = worse.Sum(d => d!.BaseMean!.Value);
            var after = worse.Sum(d => d!.OptionMean!.Value);
            if (Math.Abs(after - before) >= 0.1)
            {
                var name = areaNames?.GetValueOrDefault(area) ?? area.Replace('_', ' ');
                yield return $"the chance {MeasureLabels.LowerFirst(name)} is graded requires improvement or worse goes from {Proportions.Percent(before)} to {Proportions.Percent(after)}";
            }
        }
    }

    public static string Pounds(double value) => "£" + (value / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + "M";

    /// <summary>A value in a sentence: a whole percentage, a wait in words, otherwise as the tables show it.</summary>
    public static string Prose(double? value, MeasureUnit unit) => value is not { } v ? "nothing"
        : unit switch
        {
            MeasureUnit.Fraction => Proportions.Percent(v),
            MeasureUnit.Seconds => DurationFormat.Words(v / 60),
            MeasureUnit.Minutes => DurationFormat.Words(v),
            _ => MeasureFormat.Value(v, unit),
        };

    private static string Signed(double value, MeasureUnit unit) => unit == MeasureUnit.Fraction
        ? Proportions.Points(value)
        : (value < 0 ? "−" : "+") + MeasureFormat.Value(Math.Abs(value), unit);
}
