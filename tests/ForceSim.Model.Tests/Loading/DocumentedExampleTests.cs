using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Loading;

/// <summary>The example in docs/scenario-format.md must stay a valid scenario.</summary>
public class DocumentedExampleTests
{
    private static string ExampleYaml()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "scenario-format.md")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var text = File.ReadAllText(Path.Combine(directory.FullName, "docs", "scenario-format.md"));
        const string fence = "```yaml\n";
        var start = text.IndexOf(fence, StringComparison.Ordinal);
        Assert.True(start >= 0, "the format doc has no yaml example");
        start += fence.Length;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
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
    }
}
