using ForceSim.Model.Loading;

namespace ForceSim.Experiments.Jobs;

/// <summary>
/// A client's scenario has problems: each with line, column, key path and (for a misspelt key) what was meant, so a
/// page can list them inline and the API can answer 400 with them.
/// </summary>
public sealed class ScenarioRejectedException : Exception
{
    public ScenarioRejectedException(IReadOnlyList<ScenarioProblem> problems, IReadOnlyList<string> rubricProblems)
        : base(Describe(problems, rubricProblems))
    {
        Problems = problems;
        RubricProblems = rubricProblems;
    }

    public ScenarioRejectedException()
        : this([], [])
    {
    }

    public ScenarioRejectedException(string message)
        : base(message)
    {
        Problems = [];
        RubricProblems = [];
    }

    public ScenarioRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
        RubricProblems = [];
    }

    public IReadOnlyList<ScenarioProblem> Problems { get; }

    public IReadOnlyList<string> RubricProblems { get; }

    private static string Describe(IReadOnlyList<ScenarioProblem> problems, IReadOnlyList<string> rubricProblems) =>
        $"{problems.Count + rubricProblems.Count} problem(s) in the scenario";
}
