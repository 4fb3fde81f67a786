using System.Globalization;
using System.Text;
using ForceSim.Reporting.Summaries;

namespace ForceSim.Reporting.Report;

/// <summary>An option's cost per percentage point gained on each headline proportion, as a table under the option's heading.</summary>
public static class CostPerPointSection
{
    public static string Render(IReadOnlyList<CostPerPoint> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return "";
        }

        var cost = rows[0].AnnualCostChange;
        var body = new StringBuilder("<h3>Cost per point gained</h3>\n");
        body.Append("<p>The option changes the annual staff cost by ").Append(Pounds(cost))
            .Append(" (the scenarios' own pay and FTE figures). Each row divides that by the percentage points gained ")
            .Append("(fewer abandoned calls, under-graded incidents, missed crimes or unreported repeats count as gains); the interval divides it by the ends of the change's 95% interval, ")
            .Append("and is shown only when that interval rules out no gain.</p>\n");
        body.Append(Html.Table(
            ["Measure", "Points gained", "95% CI (points)", "Cost per point gained, a year", "95% CI"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Label,
                Points(r.GainPoints),
                r.GainLower is { } lower && r.GainUpper is { } upper ? $"{Points(lower)} to {Points(upper)}" : "–",
                r.PerPoint is { } per ? Pounds(per) : r.GainPoints > 0 ? "–" : "no gain",
                r.PerPointLower is { } a && r.PerPointUpper is { } b ? $"{Pounds(a)} to {Pounds(b)}" : r.PerPoint is null ? "–" : "not clear of no gain",
            ]),
            1, 2, 3, 4));
        return body.ToString();
    }

    private static string Points(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private static string Pounds(double gbp) => (gbp < 0 ? "-£" : "£") + Math.Abs(gbp).ToString("N0", CultureInfo.InvariantCulture);
}
