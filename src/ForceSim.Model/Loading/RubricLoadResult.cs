using ForceSim.Model.Rubrics;

namespace ForceSim.Model.Loading;

/// <summary>A rubric, or every problem found reading it.</summary>
public sealed record RubricLoadResult(Rubric? Rubric, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Rubric is not null;
}
