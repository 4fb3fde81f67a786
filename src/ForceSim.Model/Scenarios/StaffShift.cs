namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: an item of <c>shifts</c>: <c>{name: early, start_hour: 7, hours: 10, staff: 12}</c> for call handlers,
/// or with <c>units</c> instead of <c>staff</c> for response units. Shifts repeat every day and may cross midnight.
/// </summary>
public sealed record StaffShift
{
    public string Name { get; init; } = "";

    /// <summary><c>start_hour</c>: 0..23.999 (fractions allowed, e.g. 6.5 for 06:30).</summary>
    public double StartHour { get; init; }

    /// <summary><c>hours</c>: 0.5..24.</summary>
    public double Hours { get; init; } = 8;

    /// <summary><c>staff</c> or <c>units</c>: 0..10000.</summary>
    public int Count { get; init; }

    /// <summary>
    /// <c>stations</c> (response shifts in a force with geography): units based at each station id; the counts sum
    /// to <c>units</c>. Empty when the force has one station (every unit is based there) or no geography.
    /// </summary>
    /// <remarks>Empty is one shared instance, so shifts without stations compare equal as records.</remarks>
    public IReadOnlyDictionary<string, int> Stations { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, int>.Empty;
}
