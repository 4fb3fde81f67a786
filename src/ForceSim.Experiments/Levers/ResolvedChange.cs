using System.Globalization;

namespace ForceSim.Experiments.Levers;

/// <summary>A change checked against its lever: <paramref name="To"/> is the absolute value it sets.</summary>
internal sealed record ResolvedChange(LeverEntry Entry, string To)
{
    public Lever Lever => Entry.Lever;

    /// <summary>How many units a station change adds to its shift (0 for any other lever).</summary>
    public int StationDelta => Entry.Station is null
        ? 0
        : int.Parse(To, CultureInfo.InvariantCulture) - int.Parse(Lever.Current, CultureInfo.InvariantCulture);
}
