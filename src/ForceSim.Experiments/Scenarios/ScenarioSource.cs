using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Scenarios;

/// <summary>
/// A scenario named by its file, or given as YAML text under a file name (an upload; its <c>extends</c> is read
/// relative to that name's folder), so a service can load it again with <c>--set</c> options applied.
/// </summary>
public sealed record ScenarioSource(string Path, string? Text = null, LoadOptions? Options = null)
{
    /// <summary>Loads and checks the scenario with <paramref name="overrides"/>; anything wrong is an <see cref="InvalidRequestException"/>.</summary>
    public Scenario Load(IReadOnlyList<string>? overrides = null)
    {
        if (Text is null)
        {
            return ScenarioInput.Load(Path, overrides: overrides, options: Options);
        }

        var loaded = ScenarioLoader.LoadText(Text, Path, overrides, Options);
        if (!loaded.IsValid)
        {
            var problems = string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p));
            throw new InvalidRequestException($"{Path}: {loaded.Problems.Count} problem(s) in the scenario:{Environment.NewLine}{problems}");
        }

        ScenarioInput.CheckRubric(Path, loaded.Scenario!);
        return loaded.Scenario!;
    }
}
