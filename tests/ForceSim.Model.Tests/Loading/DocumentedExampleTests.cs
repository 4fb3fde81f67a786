using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Loading;

/// <summary>The example in docs/scenario-format.md must stay a valid scenario.</summary>
public class DocumentedExampleTests
{
    /// <summary>The first yaml block of the format doc that contains <paramref name="marker"/>.</summary>
    private static string ExampleYaml(string marker = "")
    {
        var text = File.ReadAllText(RepositoryPaths.File("docs", "scenario-format.md"));
        const string fence = "```yaml\n";
        var start = 0;
        while (true)
        {
            start = text.IndexOf(fence, start, StringComparison.Ordinal);
            Assert.True(start >= 0, $"the format doc has no yaml example containing '{marker}'");
            start += fence.Length;
            var block = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
            if (block.Contains(marker, StringComparison.Ordinal))
            {
                return block;
            }
        }
    }

    [Fact]
    public void Documented_template_example_loads_with_each_force_inheriting_what_it_leaves_out()
    {
        const string rooms = """
            name: Templates
            control_rooms:
              - {id: north, call_handlers: {unlimited: true}, channels: {emergency: {handle_minutes: {dist: constant, value: 5}}}}
              - {id: south, call_handlers: {unlimited: true}, channels: {emergency: {handle_minutes: {dist: constant, value: 5}}}}

            """;
        var result = ScenarioLoader.LoadText(rooms + ExampleYaml("force_template:"), "scenario-format.md");

        Assert.Empty(result.Problems);
        var forces = result.Scenario!.Forces;
        Assert.Equal([100, 40], forces.Select(f => f.Investigation!.Investigators));
        Assert.Equal([12, 12], forces.Select(f => f.Investigation!.Supervisors));
        Assert.Equal(50000, forces[1].Demand.AnnualVolume[Channel.Emergency]);
    }

    [Fact]
    public void Documented_example_loads_without_problems()
    {
        var result = ScenarioLoader.LoadText(ExampleYaml(), "scenario-format.md");

        Assert.Empty(result.Problems);
        Assert.Equal(["eastshire", "westshire"], result.Scenario!.Forces.Select(f => f.Id));
        Assert.Equal(TravelModel.SquareRoot, result.Scenario.Forces[0].Travel.Model);
        Assert.NotNull(result.Scenario.Forces[0].Investigation);
        Assert.Null(result.Scenario.Forces[1].Investigation);

        // The triage policy is written as work under pressure: mandatory on 999, discretionary elsewhere.
        var triage = result.Scenario.ControlRooms[0].Triage;
        Assert.Equal([Channel.Emergency], triage.StructuredAssessment.MandatoryChannels);
        Assert.Equal(0.7, triage.StructuredAssessment.Compliance.ShareAt(10), 12);
        Assert.Equal(0.65, triage.RecordsMatch.Chance(crimeRecord: false, structured: false));
    }

    [Fact]
    public void Documented_overlay_extends_the_shipped_baseline_without_problems()
    {
        // The doc saves the overlay in scenarios/what-if/, so its extends path leads to the shipped baseline.
        var overlayPath = RepositoryPaths.File("scenarios", "what-if", "more-supervisors.yaml");

        var result = ScenarioLoader.LoadText(ExampleYaml("extends:"), overlayPath);

        Assert.Empty(result.Problems);
        Assert.Equal("Cambridgeshire with 10 more supervisors", result.Scenario!.Name);
        Assert.Equal(38, result.Scenario.Forces.Single(f => f.Id == "cambridgeshire").Investigation!.Supervisors);
    }
}
