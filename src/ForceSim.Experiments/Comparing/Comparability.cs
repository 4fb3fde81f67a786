using System.Globalization;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Comparing;

/// <summary>
/// Whether an option can be compared with its base replication by replication. A paired interval is honest only
/// when both runs meet the same callers over the same period: the same forces, horizon, warm-up, seed and number of
/// replications. Anything else would difference unlike things (six forces against one, 120 days against 365) and
/// call the result a change.
/// </summary>
public static class Comparability
{
    /// <summary>What the option does not share with the base, in words (empty when the two can be paired).</summary>
    public static IReadOnlyList<string> Differences(Scenario baseScenario, Scenario option)
    {
        ArgumentNullException.ThrowIfNull(baseScenario);
        ArgumentNullException.ThrowIfNull(option);
        var differences = new List<string>();
        var baseForces = Forces(baseScenario);
        var optionForces = Forces(option);
        if (!baseForces.SequenceEqual(optionForces, StringComparer.Ordinal))
        {
            differences.Add($"forces present: base {string.Join(", ", baseForces)}; option {string.Join(", ", optionForces)}");
        }

        var b = baseScenario.Run;
        var o = option.Run;
        Add(differences, "horizon days", b.HorizonDays, o.HorizonDays);
        Add(differences, "warm-up days", b.WarmupDays, o.WarmupDays);
        Add(differences, "seed", b.Seed, o.Seed);
        Add(differences, "replications", b.Replications, o.Replications);
        return differences;
    }

    /// <summary>
    /// Refuses options that cannot be paired with the base, naming each and what differs, and saying how to proceed
    /// (align the run settings, compare with the right base, or ask for unpaired intervals).
    /// </summary>
    /// <exception cref="InvalidRequestException">At least one option differs from the base.</exception>
    public static void RequirePaired(string basePath, Scenario baseScenario, IReadOnlyList<(string Path, Scenario Scenario)> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var unlike = options
            .Select(o => (o.Path, Differences: Differences(baseScenario, o.Scenario)))
            .Where(o => o.Differences.Count > 0)
            .ToList();
        if (unlike.Count == 0)
        {
            return;
        }

        var lines = unlike.Select(o => $"  {o.Path}: {string.Join("; ", o.Differences)}");
        throw new InvalidRequestException(
            $"{unlike.Count} option(s) cannot be paired with the base {basePath}: a paired comparison needs the same forces, horizon days, warm-up days, seed and replications."
            + Environment.NewLine + string.Join(Environment.NewLine, lines) + Environment.NewLine
            + "Compare each option with a base it extends (e.g. a region overlay with the region scenario), give -r and -s to run every scenario with the same replications and seed, "
            + "or pass --unpaired to compare independent runs with unpaired (Welch) intervals, which are wider and ignore common random numbers.");
    }

    private static List<string> Forces(Scenario scenario) =>
        [.. scenario.Forces.Select(f => f.Id).Order(StringComparer.Ordinal)];

    private static void Add<T>(List<string> differences, string what, T baseValue, T optionValue)
        where T : IFormattable
    {
        if (!EqualityComparer<T>.Default.Equals(baseValue, optionValue))
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: base {baseValue}, option {optionValue}"));
        }
    }
}
