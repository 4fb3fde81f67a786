namespace ForceSim.Model.Loading;

/// <summary>
/// What a targets file is checked against beyond its own keys: the measures the engine reports (Model cannot ask the
/// engine, so the caller passes them) and the parameters the assumptions file declares.
/// </summary>
public sealed record TargetChecks
{
    /// <summary>Every measure name results.json can hold for the scenario, grade indicators included; null: unchecked.</summary>
    public IReadOnlyCollection<string>? Measures { get; init; }

    /// <summary>The key paths the assumptions file declares; null: unchecked.</summary>
    public IReadOnlyCollection<string>? Parameters { get; init; }
}
