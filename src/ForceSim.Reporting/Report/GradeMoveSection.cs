using System.Globalization;
using System.Text;
using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>report.html for <c>compare</c>: each option's most likely grade per area against the base's, and what moved it.</summary>
public static class GradeMoveSection
{
    public static string Render(string baseName, IReadOnlyList<OptionGrades> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count == 0)
        {
            return "";
        }

        var body = new StringBuilder("<h2>Most likely grades by option</h2>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Full-population grade over the replications; a measure \"crossed\" when its mean earns another grade than in {Html.Encode(baseName)}.</p>\n");
        body.Append(Html.Table(
            ["Option", "Area", "Base", "Option's grade", "Measures that crossed a threshold"],
            options.SelectMany(o => o.Areas.Select(a => (IReadOnlyList<string>)
            [
                o.Option,
                a.Name,
                Grade(a.BaseGrade, a.Base.Probability, a.Base.Withheld),
                Grade(a.OptionGrade, a.Option.Probability, a.Option.Withheld),
                a.Crossings.Count == 0 ? "none" : string.Join("; ", a.Crossings.Select(c => c.Describe(ExplanationRow.Label))),
            ]))));
        body.Append("<ul>\n");
        foreach (var area in options.SelectMany(o => o.Areas.Select(a => (o.Option, Area: a))))
        {
            body.Append(CultureInfo.InvariantCulture, $"<li>{Html.Encode(area.Option)}: {Html.Encode(area.Area.Sentence(ExplanationRow.Phrase))}</li>\n");
        }

        return body.Append("</ul>\n").ToString();
    }

    private static string Grade(InspectionGrade? grade, double probability, string? withheld) =>
        grade is { } g ? $"{GradeNames.Label(g)} ({Html.Percent(probability)})" : Html.Encode(withheld ?? "not graded");
}
