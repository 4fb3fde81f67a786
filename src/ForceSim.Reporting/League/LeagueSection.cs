using System.Globalization;
using System.Text;
using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Charts;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.League;

/// <summary>report.html's league section and chart: the national 999 share against the published figure, then every region and its forces.</summary>
public static class LeagueSection
{
    public const string ChartFile = "league-999.png";

    public static string Render(LeagueStandings league, Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(league);
        ArgumentNullException.ThrowIfNull(rubric);
        var body = new StringBuilder("<h2>League table</h2>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p>{Html.Encode(NationalSentence(league))}</p>\n");
        body.Append("<p class=\"note\">Means over replications with 95% intervals. A region pools its forces in each replication, weighting each share by its own denominator (calls offered, crimes reported; attendance by emergency and priority incidents). Grades are the most likely grade as an inspection's samples would award it, with its probability. Also in league.csv.</p>\n");
        var areas = rubric.Areas.ToDictionary(a => a.Id, a => a.Name.Length > 0 ? a.Name : a.Id, StringComparer.Ordinal);
        List<string> headers = ["Force or region", .. LeagueMeasure.All.Select(m => m.Label), .. rubric.Areas.Select(a => areas[a.Id])];
        var rows = Ordered(league).Select(row => (IReadOnlyList<string>)
        [
            row.Level == LeagueLevel.Force ? "\u00a0\u00a0" + row.Name : row.Name.ToUpperInvariant(),
            .. LeagueMeasure.All.Select(m => Cell(row, m)),
            .. rubric.Areas.Select(a => Grade(row.Grades.FirstOrDefault(g => g.Area == a.Id))),
        ]);
        body.Append(Html.Table(headers, rows, [.. Enumerable.Range(1, LeagueMeasure.All.Count)]));
        return body.ToString();
    }

    /// <summary>The national 999 share with its interval, set against the published figure.</summary>
    public static string NationalSentence(LeagueStandings league)
    {
        ArgumentNullException.ThrowIfNull(league);
        var published = league.Published;
        var simulated = league.National.Of(published.Measure);
        var interval = simulated is { Lower: { } lower, Upper: { } upper }
            ? $"95% CI {MeasureFormat.Percent(lower)} to {MeasureFormat.Percent(upper)}"
            : "one replication, so no interval";
        var value = simulated?.Mean is { } mean ? $"{MeasureFormat.Percent(mean)} ({interval})" : "not measured";
        return $"999 calls answered within 10 seconds, {league.National.Name.ToLowerInvariant()}: simulated {value}, "
            + $"against {MeasureFormat.Percent(published.Value)} published for {published.Period} ({published.Source}).";
    }

    public static ReportChart Chart(LeagueStandings league)
    {
        ArgumentNullException.ThrowIfNull(league);
        var measure = league.Published.Measure;
        var bars = league.Forces.Where(f => f.Of(measure)?.Mean is not null)
            .Select(f => new LeagueBar(f.Name, f.Region, f.Of(measure)!.Mean!.Value, f.Of(measure)!.Lower, f.Of(measure)!.Upper)).ToList();
        var png = LeagueChart.Render("999 calls answered within 10 seconds, by force", "Answered within 10 s (%)", bars,
            (0.9, "National standard (90%)"), (league.Published.Value, $"Published, {league.Published.Period}"));
        var csv = new StringBuilder("force,region,mean,ci95_lower,ci95_upper\n");
        foreach (var bar in bars)
        {
            csv.Append(CultureInfo.InvariantCulture, $"\"{bar.Force}\",\"{bar.Region}\",{bar.Mean:R},{bar.Lower:R},{bar.Upper:R}\n");
        }

        return new ReportChart(ChartFile, "999 answering by force", NationalSentence(league) + " Bars: 95% interval half-width.", png) { Csv = csv.ToString() };
    }

    /// <summary>The whole first, then each region followed by its forces (best 999 answering first), then forces with no region.</summary>
    private static IEnumerable<LeagueRow> Ordered(LeagueStandings league)
    {
        yield return league.National;
        foreach (var region in league.Regions)
        {
            yield return region;
            foreach (var force in ByAnswering(league.Forces.Where(f => f.Region == region.Id)))
            {
                yield return force;
            }
        }

        foreach (var force in ByAnswering(league.Forces.Where(f => f.Region.Length == 0)))
        {
            yield return force;
        }
    }

    private static IEnumerable<LeagueRow> ByAnswering(IEnumerable<LeagueRow> forces) =>
        forces.OrderByDescending(f => f.Of(PublishedFigure.National999Within10s.Measure)?.Mean ?? -1).ThenBy(f => f.Name, StringComparer.Ordinal);

    private static string Cell(LeagueRow row, LeagueMeasure measure) =>
        row.Of(measure.Name) is not { Mean: { } mean } s ? "–"
            : s is { Lower: { } lower, Upper: { } upper } ? $"{MeasureFormat.Value(mean, measure.Unit)} ({MeasureFormat.Interval(lower, upper, measure.Unit)})"
            : MeasureFormat.Value(mean, measure.Unit);

    private static string Grade(GradeDistribution? grades) =>
        grades?.MostLikely is { } likely ? $"{GradeNames.Label(likely)} ({MeasureFormat.Percent(grades.Probability[likely])})" : "–";
}
