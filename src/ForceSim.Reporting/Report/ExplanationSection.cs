using System.Text;
using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>report.html's "Why these grades": one sentence per area, then every measure with its thresholds and margins.</summary>
public static class ExplanationSection
{
    public static string Render(IReadOnlyList<GradeExplanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        if (explanations.Count == 0)
        {
            return "";
        }

        var body = new StringBuilder("<h3>Why these grades</h3>\n<ul>\n");
        foreach (var area in explanations)
        {
            body.Append("<li>").Append(Html.Encode(area.Sentence(ExplanationRow.Phrase))).Append(" (rule: ").Append(Html.Encode(GradeNames.Key(area.Combine))).Append(")</li>\n");
        }

        body.Append("</ul>\n<p class=\"note\">Each measure at its mean over the replications, the grade it would earn alone, and how far it is from the next grade up and down. ✔ marks the measures that decided the area's grade.</p>\n");
        body.Append(Html.Table(
            ["Area", "Measure", "Mean", "Thresholds (outstanding/good/adequate/requires improvement)", "Alone", "Next grade up", "Next grade down", "Decides"],
            explanations.SelectMany(ExplanationRow.From).Select(r => (IReadOnlyList<string>)[r.Area, r.Measure, r.Mean, r.Thresholds, r.Grade, r.Up, r.Down, r.Decides ? "✔" : ""]),
            2));
        return body.ToString();
    }
}
