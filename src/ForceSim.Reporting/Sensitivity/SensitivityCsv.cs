using System.Text;
using ForceSim.Reporting.Sweeps;

namespace ForceSim.Reporting.Sensitivity;

/// <summary>
/// sensitivity.csv, one row per parameter, end and measure:
/// <c>parameter,end,value,measure,base_mean,mean,mean_difference,lower,upper,unpaired_lower,unpaired_upper</c>.
/// <c>lower</c>..<c>upper</c> is the paired 95% interval of the difference; the unpaired (Welch) one is there to show what
/// the common random numbers save.
/// </summary>
public static class SensitivityCsv
{
    public const string Header = "parameter,end,value,measure,base_mean,mean,mean_difference,lower,upper,unpaired_lower,unpaired_upper";

    public static string Render(IReadOnlyList<ParameterEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var e in effects)
        {
            var d = e.Difference;
            text.Append(SweepTable.Escape(e.Parameter)).Append(',').Append(End(e.End)).Append(',').Append(SweepTable.Format(e.Value)).Append(',')
                .Append(SweepTable.Escape(d.Measure)).Append(',').Append(SweepTable.Format(d.BaseMean)).Append(',').Append(SweepTable.Format(d.OptionMean)).Append(',')
                .Append(SweepTable.Format(d.Difference)).Append(',').Append(SweepTable.Format(d.Lower)).Append(',').Append(SweepTable.Format(d.Upper)).Append(',')
                .Append(SweepTable.Format(d.UnpairedLower)).Append(',').Append(SweepTable.Format(d.UnpairedUpper)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>ranking.csv: <c>rank,parameter,group,low,high,base_value,score,measures_moved,top_measure,top_low_effect,top_high_effect,grade_change,grade_measure</c>.</summary>
    public static string RenderRanking(IReadOnlyList<ParameterRank> ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var text = new StringBuilder("rank,parameter,group,low,high,base_value,score,measures_moved,top_measure,top_low_effect,top_high_effect,grade_change,grade_measure\n");
        foreach (var r in ranking)
        {
            text.Append(r.Rank).Append(',').Append(SweepTable.Escape(r.Parameter)).Append(',').Append(SweepTable.Escape(r.Group)).Append(',')
                .Append(SweepTable.Format(r.Low)).Append(',').Append(SweepTable.Format(r.High)).Append(',').Append(SweepTable.Format(r.BaseValue)).Append(',')
                .Append(SweepTable.Format(r.Score)).Append(',').Append(r.MeasuresMoved).Append(',').Append(SweepTable.Escape(r.TopMeasure ?? "")).Append(',')
                .Append(SweepTable.Format(r.TopLowEffect)).Append(',').Append(SweepTable.Format(r.TopHighEffect)).Append(',')
                .Append(SweepTable.Format(r.GradeChange)).Append(',').Append(SweepTable.Escape(r.GradeMeasure ?? "")).Append('\n');
        }

        return text.ToString();
    }

    public static string End(SensitivityEnd end) => end == SensitivityEnd.Low ? "low" : "high";
}
