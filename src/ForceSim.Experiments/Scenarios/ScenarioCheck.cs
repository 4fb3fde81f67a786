using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Scenarios;

/// <summary>Every problem with a scenario: in the file (with file, line and key path), or in the grading rubric it names.</summary>
public sealed record ScenarioCheck(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems, IReadOnlyList<string> RubricProblems)
{
    /// <summary>Checks <paramref name="path"/> with <paramref name="overrides"/> applied; the rubric only once the file itself is valid.</summary>
    public static ScenarioCheck Of(string path, IReadOnlyList<string>? overrides = null, LoadOptions? options = null)
    {
        var loaded = ScenarioLoader.LoadFile(path, overrides, options);
        return loaded.IsValid
            ? new ScenarioCheck(loaded.Scenario, [], ScenarioInput.RubricProblems(loaded.Scenario!))
            : new ScenarioCheck(null, loaded.Problems, []);
    }
}
