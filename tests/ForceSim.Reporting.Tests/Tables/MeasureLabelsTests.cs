using System.Text.RegularExpressions;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Tests.Tables;

public sealed partial class MeasureLabelsTests
{
    [Fact]
    public void A_headline_measure_is_named_by_its_catalogue_label_never_its_key()
    {
        Assert.Equal("Attended within the grade given's target", MeasureLabels.Of("response.attendance_within_target"));
        Assert.Equal("Priority needs in time", MeasureLabels.Of("response.attendance_within_need_target.priority"));
    }

    [Fact]
    public void A_grade_probability_is_spelt_out()
    {
        Assert.Equal("Chance responding to the public is graded requires improvement (as an inspection would see it)", MeasureLabels.Of("grades.responding_to_the_public.inspection.requires_improvement"));
        Assert.Equal("Chance investigating crime is graded good or better", MeasureLabels.Of("grade:investigating_crime:good_or_better"));
    }

    [Fact]
    public void Every_measure_a_real_run_produces_has_a_label_with_no_raw_key_in_it()
    {
        foreach (var measure in TestResults.Simulated.Summary.Keys)
        {
            var label = MeasureLabels.Of(measure);
            Assert.False(RawKey().IsMatch(label), $"{measure} → {label}");
        }
    }

    /// <summary>A dotted or underscored identifier such as <c>response.attendance_within_target</c>.</summary>
    [GeneratedRegex(@"[a-z][a-z0-9]*(\.|_)[a-z][a-z0-9_]*")]
    internal static partial Regex RawKey();
}
