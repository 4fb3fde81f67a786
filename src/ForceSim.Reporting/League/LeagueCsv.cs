using System.Globalization;
using System.Text;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;

namespace ForceSim.Reporting.League;

/// <summary>
/// league.csv, tidy: one row per (row of the league, quantity). A quantity is a headline measure (mean and 95% interval
/// over replications) or <c>grade.AREA.GRADE</c> (the chance an inspection's samples award that grade). The published
/// national figure is a row of its own, level <c>published</c>, with its period and source.
/// </summary>
public static class LeagueCsv
{
    public const string FileName = "league.csv";

    public static string Render(LeagueStandings league)
    {
        ArgumentNullException.ThrowIfNull(league);
        var text = new StringBuilder("level,id,name,region,quantity,mean,ci95_lower,ci95_upper,n,source\n");
        foreach (var row in league.Forces.Concat(league.Regions).Append(league.National))
        {
            foreach (var measure in LeagueMeasure.All)
            {
                if (row.Of(measure.Name) is { } s)
                {
                    Line(text, row, measure.Name, s.Mean, s.Lower, s.Upper, s.N, "");
                }
            }

            foreach (var grades in row.Grades.Where(g => g.Probability.Count > 0))
            {
                foreach (var grade in GradeNames.All)
                {
                    Line(text, row, $"grade.{grades.Area}.{GradeNames.Key(grade)}", grades.Probability.GetValueOrDefault(grade), null, null, null, "");
                }
            }
        }

        var published = league.Published;
        text.Append("published,").Append(LeagueStandings.NationalId).Append(",Published figure (").Append(Escape(published.Period)).Append("),,")
            .Append(published.Measure).Append(',').Append(Format(published.Value)).Append(",,,,").Append(Escape(published.Source)).Append('\n');
        return text.ToString();
    }

    private static void Line(StringBuilder text, LeagueRow row, string quantity, double? mean, double? lower, double? upper, int? n, string source) =>
        text.Append(Level(row.Level)).Append(',').Append(Escape(row.Id)).Append(',').Append(Escape(row.Name)).Append(',').Append(Escape(row.Region)).Append(',')
            .Append(quantity).Append(',').Append(Format(mean)).Append(',').Append(Format(lower)).Append(',').Append(Format(upper)).Append(',')
            .Append(n?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',').Append(Escape(source)).Append('\n');

    private static string Level(LeagueLevel level) => level switch
    {
        LeagueLevel.Force => "force",
        LeagueLevel.Region => "region",
        _ => "national",
    };

    private static string Format(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Quotes a field holding a comma or quote (force names do not, but a user's scenario may).</summary>
    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
