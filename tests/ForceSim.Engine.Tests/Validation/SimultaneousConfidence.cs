using System.Globalization;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// Compares a family of simulated values with exact ones at once, so the family as a whole is held to
/// <see cref="ConfidenceCheck.Confidence"/>: each interval is widened by Bonferroni's rule (confidence
/// 1 − 0.01/k for k checks). Checked one by one at 99%, a matrix of 25 dispatch shares would expect a quarter of a
/// false failure at every reshuffle of the random numbers; as a family it expects 0.01. Every failure is listed.
/// </summary>
internal static class SimultaneousConfidence
{
    /// <summary>One comparison: what, the exact value, the value in each replication.</summary>
    public sealed record Check(string What, double Exact, IReadOnlyCollection<double?> Values);

    /// <summary>Asserts every exact value lies in its interval, and each interval's half-width is under <paramref name="maxHalfWidth"/>.</summary>
    /// <returns>One line per check (exact, simulated mean and interval), for the test output.</returns>
    public static IReadOnlyList<string> AllContain(string family, IReadOnlyList<Check> checks, double maxHalfWidth)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var confidence = 1 - ((1 - ConfidenceCheck.Confidence) / checks.Count);
        var lines = new List<string>();
        var failures = new List<string>();
        foreach (var check in checks)
        {
            var summary = MeasureSummary.Of(check.Values, confidence);
            if (summary.N != check.Values.Count || summary.N < 2)
            {
                failures.Add($"{check.What}: {summary.N} of {check.Values.Count} replications have a value");
                continue;
            }

            var halfWidth = (summary.Upper!.Value - summary.Lower!.Value) / 2;
            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"{check.What}: exact {check.Exact:F4}; simulated {summary.Mean:F4} [{summary.Lower:F4}, {summary.Upper:F4}] (±{halfWidth:F4})");
            lines.Add(line);
            if (!summary.Contains(check.Exact) || halfWidth >= maxHalfWidth)
            {
                failures.Add(line + (halfWidth >= maxHalfWidth ? string.Create(CultureInfo.InvariantCulture, $": wider than ±{maxHalfWidth}") : ""));
            }
        }

        Assert.True(
            failures.Count == 0,
            string.Create(CultureInfo.InvariantCulture, $"{family} ({checks.Count} intervals at {confidence:P3} each):\n{string.Join('\n', failures)}"));
        return lines;
    }
}
