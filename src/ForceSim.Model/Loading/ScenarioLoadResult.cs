using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>
/// The outcome of loading a scenario: the scenario when nothing is wrong, otherwise <c>null</c> and every problem found,
/// ordered by position in the file.
/// </summary>
public sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Scenario is not null;
}
