using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>
/// The outcome of loading a scenario: the scenario when nothing is wrong, otherwise <c>null</c> and every problem found,
/// ordered by file and then by position in the file.
/// </summary>
public sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Scenario is not null;

    /// <summary>
    /// Every file read to make the scenario: the named file, then the file it <c>extends</c>, that file's base, and so on
    /// (as the paths were written, each base relative to the folder of the file naming it). Empty when the named file could not be read.
    /// </summary>
    public IReadOnlyList<string> SourceFiles { get; init; } = [];
}
