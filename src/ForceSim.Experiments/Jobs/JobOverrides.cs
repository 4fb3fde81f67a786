namespace ForceSim.Experiments.Jobs;

/// <summary>A client's key path → value changes as the <c>PATH=VALUE</c> overrides the loader applies, in key order.</summary>
internal static class JobOverrides
{
    public static IReadOnlyList<string> Of(IReadOnlyDictionary<string, string>? set)
    {
        if (set is null)
        {
            return [];
        }

        var overrides = new List<string>();
        foreach (var (path, value) in set.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(path) || path.Contains('=', StringComparison.Ordinal) || path.Any(char.IsWhiteSpace))
            {
                throw new InvalidRequestException($"'{path}' is not a key path such as run.horizon_days.");
            }

            overrides.Add($"{path}={value}");
        }

        return overrides;
    }
}
