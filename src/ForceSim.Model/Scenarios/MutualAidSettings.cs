namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: <c>mutual_aid</c> of a force: when it asks neighbours for units, and when it lends its own.
/// A force without this section neither asks nor lends.
/// </summary>
public sealed record MutualAidSettings
{
    /// <summary><c>request_when_waiting</c>: emergency and priority incidents waiting for a unit that trigger a request, 1..1000.</summary>
    public int RequestWhenWaiting { get; init; } = 5;

    /// <summary><c>lend_when_free</c>: units this force keeps free for itself before lending any, 0..1000.</summary>
    public int LendWhenFree { get; init; } = 4;

    /// <summary><c>units</c>: units asked for in one request, 1..50.</summary>
    public int Units { get; init; } = 2;

    /// <summary><c>hours</c>: how long borrowed units stay, 0.5..24.</summary>
    public double Hours { get; init; } = 4;

    /// <summary><c>extra_travel_minutes</c>: added to a borrowed unit's travel (it starts across the border), 0..120.</summary>
    public double ExtraTravelMinutes { get; init; } = 15;
}
