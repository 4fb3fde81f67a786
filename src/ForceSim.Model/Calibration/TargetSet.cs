namespace ForceSim.Model.Calibration;

/// <summary>
/// A targets file (e.g. <c>scenarios/calibration/cambridgeshire-2022.targets.yaml</c>): the observed figures a scenario
/// is calibrated to, the scenario, and which of its declared assumptions are fitted.
/// </summary>
public sealed record TargetSet
{
    public required string Name { get; init; }

    /// <summary>The file it was read from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>YAML <c>scenario</c>, resolved against the targets file's folder; empty when the command names it.</summary>
    public string ScenarioPath { get; init; } = "";

    /// <summary>YAML <c>assumptions</c>, resolved against the targets file's folder; empty to find it as sensitivity does.</summary>
    public string AssumptionsPath { get; init; } = "";

    /// <summary>YAML <c>fit</c>: the assumption paths fitted; empty means every declared parameter.</summary>
    public IReadOnlyList<string> Fit { get; init; } = [];

    /// <summary>In the file's order.</summary>
    public required IReadOnlyList<CalibrationTarget> Targets { get; init; }

    /// <summary>The targets the fit uses (not held out).</summary>
    public IReadOnlyList<CalibrationTarget> Fitted => [.. Targets.Where(t => !t.Holdout)];
}
