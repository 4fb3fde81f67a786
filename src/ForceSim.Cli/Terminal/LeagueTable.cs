using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.League;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>
/// For a multi-force scenario, the league (<see cref="LeagueStandings"/>): the whole, each region and its forces on the
/// measures inspectors grade, with the most likely grade per area, and the whole's 999 answering against the published figure.
/// </summary>
public static class LeagueTable
{
    /// <summary>The columns a terminal has room for beside the grades; report.html and league.csv hold them all.</summary>
    private static readonly LeagueMeasure[] Shown = [.. LeagueMeasure.All.Where(m => m.Weight is not null && !m.Sums)];

    private static readonly string[] ShortGrades = ["Outst.", "Good", "Adeq.", "RI", "Inad."];

    public static Table Build(Scenario scenario, Rubric rubric, ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var league = LeagueStandings.Build(scenario, rubric, result);
        var table = new Table().Border(TableBorder.Rounded)
            .Title("League table (means over replications; regions pool their forces; RI: requires improvement; every measure in league.csv)")
            .Caption(Markup.Escape(LeagueSection.NationalSentence(league)))
            .AddColumn("Force or region");
        foreach (var measure in Shown)
        {
            table.AddColumn(new TableColumn(Markup.Escape(measure.Label)).RightAligned());
        }

        foreach (var area in rubric.Areas)
        {
            table.AddColumn(Markup.Escape(area.Name.Length > 0 ? area.Name : area.Id));
        }

        foreach (var row in Rows(league))
        {
            var name = row.Level == LeagueLevel.Force ? "  " + Markup.Escape(row.Name) : $"[bold]{Markup.Escape(row.Name)}[/]";
            table.AddRow([
                name,
                .. Shown.Select(m => Markup.Escape(MeasureFormat.Value(row.Of(m.Name)?.Mean, m.Unit))),
                .. rubric.Areas.Select(a => Markup.Escape(Grade(row, a.Id))),
            ]);
        }

        return table;
    }

    /// <summary>The whole first, then each region and its forces (best attendance first), then forces with no region.</summary>
    private static IEnumerable<LeagueRow> Rows(LeagueStandings league)
    {
        yield return league.National;
        foreach (var region in league.Regions)
        {
            yield return region;
            foreach (var force in Best(league.Forces.Where(f => f.Region == region.Id)))
            {
                yield return force;
            }
        }

        foreach (var force in Best(league.Forces.Where(f => f.Region.Length == 0)))
        {
            yield return force;
        }
    }

    private static IEnumerable<LeagueRow> Best(IEnumerable<LeagueRow> forces) =>
        forces.OrderByDescending(f => f.Of(Engine.Measures.MeasureNames.AttendanceWithinTarget)?.Mean ?? -1).ThenBy(f => f.Name, StringComparer.Ordinal);

    private static string Grade(LeagueRow row, string area) =>
        row.Grades.FirstOrDefault(g => g.Area == area) is { MostLikely: { } likely } grades
            ? $"{ShortGrades[GradeNames.All.ToList().IndexOf(likely)]} {MeasureFormat.Percent(grades.Probability[likely])}"
            : "–";
}
