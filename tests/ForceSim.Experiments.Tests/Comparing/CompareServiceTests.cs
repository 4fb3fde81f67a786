using ForceSim.Engine.Measures;
using ForceSim.Experiments.Comparing;
using ForceSim.Experiments.Tests.Support;
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
}
