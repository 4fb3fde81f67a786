using ForceSim.Engine.Measures;
using ForceSim.Reporting.Summaries;

namespace ForceSim.Reporting.Tests.Summaries;

public sealed class SweepSummaryTextTests
{
    [Fact]
    public void The_factor_that_moves_the_headline_measure_most_is_named_first()
    {
        IReadOnlyList<string> factors = ["response_units", "mobilise_minutes"];
        IReadOnlyList<IReadOnlyList<string?>> values = [[null, null], ["32", null], ["40", null], [null, "1"], [null, "5"]];
        IReadOnlyList<IReadOnlyDictionary<string, double?>> means =
        [
            Attendance(0.55), Attendance(0.44), Attendance(0.62), Attendance(0.58), Attendance(0.50),
        ];

        var sentences = SweepSummaryText.Sentences(factors, values, means);

        Assert.StartsWith("Of the 2 factor(s) varied, response units matters most for attended in time for the need (emergency + priority): across its values the mean goes from 44% (at 32) to 62% (at 40).", sentences[0], StringComparison.Ordinal);
        Assert.StartsWith("Next: mobilise minutes", sentences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Swapping_the_effects_swaps_the_factor_named_first()
    {
        IReadOnlyList<string> factors = ["response_units", "mobilise_minutes"];
        IReadOnlyList<IReadOnlyList<string?>> values = [[null, null], ["32", null], ["40", null], [null, "1"], [null, "5"]];
        IReadOnlyList<IReadOnlyDictionary<string, double?>> means =
        [
            Attendance(0.55), Attendance(0.54), Attendance(0.56), Attendance(0.70), Attendance(0.40),
        ];

        Assert.StartsWith("Of the 2 factor(s) varied, mobilise minutes matters most", SweepSummaryText.Sentences(factors, values, means)[0], StringComparison.Ordinal);
    }

    private static Dictionary<string, double?> Attendance(double value) => new() { [MeasureNames.AttendanceWithinNeedTarget] = value };
}
