using System.Text.Json;
using ForceSim.Engine.Measures;
using ForceSim.Experiments.Comparing;
using ForceSim.Experiments.Tests.Support;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Tests.Comparing;

/// <summary><c>compare</c> as a service: the outcome carries the paired differences the files hold.</summary>
public sealed class CompareServiceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task An_option_with_more_handlers_is_compared_with_the_base_pair_by_pair_and_comparison_csv_holds_the_same_rows()
    {
        var basePath = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "base.yaml");
        var option = ScenarioCopies.Write(_temp, "more.yaml", """
            extends: base.yaml
            name: More handlers
            control_rooms:
              - id: textbook_room
                call_handlers:
                  shifts: [{name: all, start_hour: 0, hours: 24, staff: 11}]
            """);

        var outcome = await CompareService.RunAsync(new CompareRequest { BasePath = basePath, OptionPaths = [option], Replications = 3, OutputDirectory = _temp["out"] });

        var (name, differences) = Assert.Single(outcome.Options);
        Assert.Equal("More handlers", name);
        var waits = differences.Single(d => d.Measure == MeasureNames.EmergencyMeanAnswerSeconds);
        Assert.True(waits.Distinguishable && waits.Difference < 0, "an eleventh handler answers 999 calls sooner, beyond replication noise");
        Assert.Equal(ComparisonCsv.Render(outcome.Options), File.ReadAllText(outcome.ComparisonFile));
        Assert.True(File.Exists(Path.Combine(_temp["out"], "base", "results.json")));
        Assert.True(File.Exists(Path.Combine(_temp["out"], "more", "results.json")));
    }

    [Fact]
    public async Task Each_option_gets_its_most_likely_grade_per_area_against_the_base_and_its_results_json_explains_it()
    {
        var basePath = ScenarioCopies.Copy(_temp, "cambridgeshire-2022.yaml", "base.yaml", "  horizon_days: 365 ", "  horizon_days: 20  ");
        var option = ScenarioCopies.Write(_temp, "fewer.yaml", """
            extends: base.yaml
            name: Fewer units
            forces:
              - id: cambridgeshire
                response:
                  shifts:
                    - {name: early, start_hour: 7, hours: 10, units: 20}
                    - {name: late, start_hour: 14, hours: 10, units: 22}
                    - {name: night, start_hour: 22, hours: 10, units: 16}
            """);

        var outcome = await CompareService.RunAsync(new CompareRequest { BasePath = basePath, OptionPaths = [option], Replications = 2, OutputDirectory = _temp["out"] });

        var grades = Assert.Single(outcome.Grades);
        Assert.Equal("Fewer units", grades.Option);
        Assert.Equal(["responding_to_the_public", "investigating_crime", "crime_data_recording"], grades.Areas.Select(a => a.Area));
        var responding = grades.Areas[0];
        var attendance = Assert.Single(responding.Crossings, c => c.Measure == MeasureNames.AttendanceWithinNeedTarget);
        Assert.False(attendance.Improved);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp["out"], "fewer", "results.json")));
        var explained = json.RootElement.GetProperty("explanations").GetProperty("responding_to_the_public");
        if (responding.OptionGrade is { } grade)
        {
            // Graded: fewer units can never earn a better grade.
            Assert.True(grade >= responding.BaseGrade, $"{responding.BaseGrade} → {grade}");
            Assert.Equal(GradeNames.Key(grade), explained.GetProperty("most_likely").GetString());
        }
        else
        {
            // So few units may overload the response: then no grade is given at all, and results.json says why.
            Assert.Contains("not gradable", explained.GetProperty("withheld").GetString(), StringComparison.Ordinal);
        }
    }
}
