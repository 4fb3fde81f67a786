using ForceSim.Model.Calibration;

namespace ForceSim.Model.Loading;

/// <summary>The outcome of loading a targets file: the targets when nothing is wrong, otherwise every problem found.</summary>
public sealed record TargetsLoadResult(TargetSet? Targets, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool IsValid => Targets is not null && Problems.Count == 0;
}
