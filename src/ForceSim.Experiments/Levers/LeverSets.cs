using System.Globalization;

namespace ForceSim.Experiments.Levers;

/// <summary>
/// The <c>--set</c> options (key path, value) a set of changes writes, in order: each lever's own path, then each
/// shift total that station changes move (once, by the sum of its stations' changes, so the counts still add up).
/// Turning mutual aid on writes an empty <c>mutual_aid</c> section (its defaults); leaving it off writes nothing.
/// </summary>
internal static class LeverSets
{
    public static IReadOnlyList<KeyValuePair<string, string>> Of(IEnumerable<ResolvedChange> changes)
    {
        var sets = new List<KeyValuePair<string, string>>();
        var shifts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.Entry.CreatesSection)
            {
                if (change.To == "true" && change.Lever.Current != "true")
                {
                    sets.Add(new(change.Lever.Id, "{}"));
                }

                continue;
            }

            sets.Add(new(change.Lever.Id, change.To));
            if (change.Entry.Station is { } station)
            {
                shifts[station.UnitsPath] = shifts.TryGetValue(station.UnitsPath, out var total)
                    ? total + change.StationDelta
                    : station.ShiftUnits + change.StationDelta;
            }
        }

        sets.AddRange(shifts.Select(s => new KeyValuePair<string, string>(s.Key, s.Value.ToString(CultureInfo.InvariantCulture))));
        return sets;
    }

    /// <summary>The options as <c>PATH=VALUE</c> text, as <c>--set</c> takes them.</summary>
    public static IReadOnlyList<string> Options(IReadOnlyList<KeyValuePair<string, string>> sets) =>
        [.. sets.Select(s => $"{s.Key}={s.Value}")];
}
