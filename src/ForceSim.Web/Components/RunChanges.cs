using System.Globalization;
using ForceSim.Experiments;

namespace ForceSim.Web.Components;

/// <summary>The Run page's changes box (PATH=VALUE lines) and days field as the key path → value changes a run request takes.</summary>
public static class RunChanges
{
    public static Dictionary<string, string> Parse(string? lines, int? days)
    {
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, number) in (lines ?? "").Split('\n').Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new InvalidRequestException($"Changes, line {number}: '{line}' is not PATH=VALUE (e.g. run.horizon_days=28).");
            }

            set[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }

        if (days is { } d)
        {
            set["run.horizon_days"] = d.ToString(CultureInfo.InvariantCulture);
        }

        return set;
    }
}
