using ForceSim.Engine.Measures;
using ForceSim.Reporting.Summaries;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Tests.Summaries;

public sealed class CompareSummaryTextTests
{
    [Fact]
    public void An_option_that_moves_attendance_is_said_to_with_its_paired_interval_and_cost()
    {
        IReadOnlyList<OptionDifference> differences =
        [
            new(MeasureNames.AttendanceWithinNeedTarget, 0.552, 0.666, 0.114, 0.110, 0.118, 0.05, 0.18),
            new(MeasureNames.NonEmergencyAbandoned, 0.155, 0.150, -0.005, -0.02, 0.01, -0.03, 0.02),
            new(MeasureNames.AnnualCost, 45.06e6, 46.26e6, 1.2e6, 1.2e6, 1.2e6, null, null),
        ];

        var sentences = CompareSummaryText.Sentences("Baseline", [("30 more officers", differences)]);

        Assert.Equal(
            [
                "\"30 more officers\" against \"Baseline\": attended in time for the need (emergency + priority) rises from 55% to 67% (+11.4 points, paired 95% CI +11.0 to +11.8 points); no other headline measure changes distinguishably from zero.",
                "It costs £1.20M a year (£45.06M → £46.26M).",
            ],
            sentences);
    }

    [Fact]
    public void An_option_whose_every_change_straddles_zero_is_said_to_change_nothing_distinguishably()
    {
        IReadOnlyList<OptionDifference> differences = [new(MeasureNames.AttendanceWithinNeedTarget, 0.552, 0.556, 0.004, -0.01, 0.018, -0.05, 0.06)];

        var sentence = Assert.Single(CompareSummaryText.Sentences("Baseline", [("Same again", differences)]));

        Assert.Equal("\"Same again\" against \"Baseline\": no headline measure changes distinguishably from zero (paired 95% confidence intervals).", sentence);
    }

    [Fact]
    public void A_large_shift_in_the_chance_of_a_poor_grade_gets_its_own_sentence()
    {
        IReadOnlyList<OptionDifference> differences =
        [
            new("grades.responding_to_the_public.inspection.requires_improvement", 0.8, 0.1, -0.7, -0.9, -0.5, null, null),
            new("grades.responding_to_the_public.inspection.inadequate", 0.2, 0.0, -0.2, -0.4, 0, null, null),
        ];

        var sentences = CompareSummaryText.Sentences("Baseline", [("More handlers", differences)], new Dictionary<string, string> { ["responding_to_the_public"] = "Responding to the public" });

        Assert.Contains("Under this option, the chance responding to the public is graded requires improvement or worse goes from 100% to 10%.", sentences);
    }
}
