using ForceSim.Model.Assumptions;
using ForceSim.Reporting.Sensitivity;

namespace ForceSim.Experiments.Sensitivity;

/// <summary>A finished ranking: the parameters in order of influence, every paired effect, and the files written.</summary>
public sealed record SensitivityOutcome
{
    public required string ScenarioName { get; init; }

    public required AssumptionSet Assumptions { get; init; }

    public required int ReplicationsPerSetting { get; init; }

    /// <summary>Most influential first.</summary>
    public required IReadOnlyList<ParameterRank> Ranking { get; init; }

    /// <summary>Every parameter, end and compared measure, as sensitivity.csv holds them.</summary>
    public required IReadOnlyList<ParameterEffect> Effects { get; init; }

    public required string Directory { get; init; }

    public required IReadOnlyList<string> Files { get; init; }

    public required TimeSpan Elapsed { get; init; }
}
