namespace ForceSim.Reporting.Sensitivity;

/// <summary>Short, unique names for parameter paths in tables and charts: the last key, with earlier keys added until no two clash.</summary>
public static class ParameterLabels
{
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var keys = paths.Select(p => p.Split('.')).ToList();
        var depth = keys.Select(k => k[^1].Contains('[', StringComparison.Ordinal) || k.Length < 2 ? 1 : 2).ToArray();
        while (true)
        {
            var names = keys.Select((k, i) => string.Join('.', k[^Math.Min(depth[i], k.Length)..])).ToList();
            var changed = false;
            for (var i = 0; i < names.Count; i++)
            {
                if (names.Where((n, j) => j != i && n == names[i]).Any() && depth[i] < keys[i].Length)
                {
                    depth[i]++;
                    changed = true;
                }
            }

            if (!changed)
            {
                return paths.Select((p, i) => (p, names[i])).DistinctBy(x => x.p).ToDictionary(x => x.p, x => x.Item2, StringComparer.Ordinal);
            }
        }
    }
}
