using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>
/// One setting a chief officer changes, in police words, with the <c>--set</c> key paths it writes. The id is the first
/// of those paths (with list items by id), so a CLI <c>--set</c> option names the lever it moves.
/// </summary>
public sealed record Lever
{
    /// <summary>The first key path the lever writes, e.g. <c>control_rooms.cambridgeshire_fcr.call_handlers.shifts[0].staff</c>.</summary>
    public required string Id { get; init; }

    public required LeverGroup Group { get; init; }

    /// <summary>The control room or force the lever belongs to (its display name).</summary>
    public required string Place { get; init; }

    /// <summary>E.g. "Call handlers on the early shift (07:00, 10 h)".</summary>
    public required string Label { get; init; }

    /// <summary>One or two sentences on what it changes and what it costs.</summary>
    public required string Help { get; init; }

    /// <summary>The <c>--set</c> key paths a change writes: the lever's own, then any kept in step with it (a shift's units).</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    public required LeverKind Kind { get; init; }

    /// <summary>The value in the scenario, as a <c>--set</c> value: <c>17</c>, <c>0.7</c>, <c>true</c>, <c>[emergency]</c>.</summary>
    public required string Current { get; init; }

    /// <summary>Least allowed value (counts and shares), from the loader's limits.</summary>
    public double? Min { get; init; }

    /// <summary>Most allowed value (counts and shares), from the loader's limits.</summary>
    public double? Max { get; init; }

    /// <summary>Allowed values of a switch or channel set.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>E.g. "call handlers per shift", "share of calls".</summary>
    public required string Unit { get; init; }

    /// <summary>The staff role whose cost the lever changes, or null for a policy.</summary>
    public StaffRole? Role { get; init; }

    /// <summary>The allowed values in words, e.g. "0 to 10000 call handlers per shift".</summary>
    public string Range => Kind switch
    {
        LeverKind.Count or LeverKind.Share => FormattableString.Invariant($"{Min} to {Max} {Unit}"),
        LeverKind.Switch => "true or false",
        _ => $"any of {string.Join(", ", Choices)}, written [a, b] ([] for none)",
    };
}
