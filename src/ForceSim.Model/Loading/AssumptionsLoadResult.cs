using ForceSim.Model.Assumptions;

namespace ForceSim.Model.Loading;

/// <summary>The outcome of loading an assumptions file: the declarations when nothing is wrong, otherwise every problem found.</summary>
public sealed record AssumptionsLoadResult(AssumptionSet? Assumptions, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool IsValid => Assumptions is not null && Problems.Count == 0;
}
