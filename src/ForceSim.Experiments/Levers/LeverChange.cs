namespace ForceSim.Experiments.Levers;

/// <summary>
/// A change to one lever: <paramref name="Lever"/> is its id (or its key path with list items by position, as
/// <c>control_rooms[0]…</c>); <paramref name="Value"/> is a <c>--set</c> value, absolute (<c>20</c>, <c>true</c>,
/// <c>[emergency, online]</c>) or, for a count or share, relative (<c>+3</c>, <c>-2</c>, <c>*1.1</c>).
/// </summary>
public sealed record LeverChange(string Lever, string Value)
{
    /// <summary>A <c>PATH=VALUE</c> option as the CLI takes it.</summary>
    public static LeverChange Parse(string option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var equals = option.IndexOf('=', StringComparison.Ordinal);
        return equals <= 0
            ? throw new InvalidRequestException($"--set '{option}' is not PATH=VALUE, e.g. forces.cambridgeshire.investigation.supervisors=+5")
            : new LeverChange(option[..equals].Trim(), option[(equals + 1)..].Trim());
    }
}
