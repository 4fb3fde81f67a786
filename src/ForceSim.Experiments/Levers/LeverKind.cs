namespace ForceSim.Experiments.Levers;

/// <summary>What kind of value a lever takes, so a page can pick its input and the service can check it.</summary>
public enum LeverKind
{
    /// <summary>A whole number (people or units) between <see cref="Lever.Min"/> and <see cref="Lever.Max"/>.</summary>
    Count,

    /// <summary>A share from <see cref="Lever.Min"/> to <see cref="Lever.Max"/> (0 to 1).</summary>
    Share,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Switch,

    /// <summary>A set of channels from <see cref="Lever.Choices"/>, written <c>[emergency, online]</c> (<c>[]</c> for none).</summary>
    Channels,
}
