using ForceSim.Model.Loading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Model.Tests.Rubrics;

/// <summary>The shipped rubric's responding area under its default rule, over many measure values.</summary>
public sealed class PeelLimitingFactorTests
{
    private const string Attendance = "response.attendance_within_need_target";

    private static readonly GradedArea Responding = RubricLoader.LoadDefault().Areas.Single(a => a.Id == "responding_to_the_public");

    [Fact]
    public void An_option_that_worsens_attendance_past_a_threshold_cannot_improve_responding_when_attendance_held_the_grade()
    {
        Assert.Equal(GradeCombination.LimitingFactor, Responding.Combine);
        var random = new Random(2024);
        var tried = 0;
        for (var k = 0; k < 20_000 && tried < 2_000; k++)
        {
            var baseValues = RandomValues(random);
            var baseGrade = Responding.GradeOf(n => baseValues[n])!.Value;
            var attendance = Measure(Attendance);
            var baseAttendance = attendance.GradeOf(baseValues[Attendance]!.Value);
            if (baseAttendance < baseGrade || baseAttendance == InspectionGrade.Inadequate)
            {
                continue;
            }

            // Every other measure may improve as far as it likes; attendance falls below the threshold of its grade.
            var option = RandomValues(random);
            option[Attendance] = attendance.Thresholds[baseAttendance] - (random.NextDouble() * attendance.Thresholds[baseAttendance]) - 1e-9;
            tried++;

            var optionGrade = Responding.GradeOf(n => option[n])!.Value;
            Assert.True(optionGrade >= baseGrade, $"attendance {baseValues[Attendance]:0.000} → {option[Attendance]:0.000}: {baseGrade} → {optionGrade}");
        }

        Assert.True(tried >= 500, $"only {tried} cases had attendance holding the grade");
    }

    private static GradedMeasure Measure(string name) => Responding.Measures.Single(m => m.Measure == name);

    /// <summary>A value for every responding measure, spread across and beyond its thresholds.</summary>
    private static Dictionary<string, double?> RandomValues(Random random) =>
        Responding.Measures.ToDictionary(
            m => m.Measure,
            m =>
            {
                var lowest = m.Thresholds.Values.Min();
                var highest = m.Thresholds.Values.Max();
                var span = highest - lowest;
                return (double?)Math.Max(0, lowest - (0.3 * span) + (random.NextDouble() * 1.6 * span));
            });
}
