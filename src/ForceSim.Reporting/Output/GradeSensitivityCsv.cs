using System.Globalization;
using System.Text;
using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Reporting.Output;

/// <summary>grade-sensitivity.csv: every threshold moved ±5 points and the most likely grade that follows.</summary>
public static class GradeSensitivityCsv
{
    public static string Render(IReadOnlyList<ThresholdShift> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("area,measure,threshold,original,shifted,baseline_grade,shifted_grade,shifted_grade_probability\n");
        foreach (var r in rows)
        {
            text.Append(r.Area).Append(',').Append(r.Measure).Append(',').Append(GradeNames.Key(r.Threshold)).Append(',')
                .Append(r.Original.ToString("R", c)).Append(',').Append(r.Shifted.ToString("R", c)).Append(',')
                .Append(r.BaselineGrade is { } b ? GradeNames.Key(b) : "").Append(',')
                .Append(r.ShiftedGrade is { } s ? GradeNames.Key(s) : "").Append(',')
                .Append(r.ShiftedProbability.ToString("R", c)).Append('\n');
        }

        return text.ToString();
    }
}
