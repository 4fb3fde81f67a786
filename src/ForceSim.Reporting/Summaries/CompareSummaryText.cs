using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Summaries;

/// <summary>
/// The sentences a comparison opens with: for each option, what it changes and by how much, whether each change is
/// distinguishable from zero on its paired interval, what it does to the chance of a poor grade, and what it costs.
/// </summary>
public static class CompareSummaryText
{
    // More than this many changes in one sentence stops being read; the tables hold the rest.
    private const int ChangesNamed = 3;

    /// <param name="areaNames">Rubric area id → name, for the grade sentences (ids made readable when absent).</param>
    /// <param name="paired">False when the options ran as independent runs (<c>--unpaired</c>): intervals are then Welch's.</param>
    public static IReadOnlyList<string> Sentences(
        string baseName,
        IReadOnlyList<(string Option, IReadOnlyList<OptionDifference> Differences)> options,
        IReadOnlyDictionary<string, string>? areaNames = null,
        bool paired = true)
    {
        var interval = paired ? "paired 95% CI" : "unpaired (Welch) 95% CI";
        ArgumentNullException.ThrowIfNull(options);
        var sentences = new List<string>();
        foreach (var (option, differences) in options)
        {
            sentences.Add(Changes($"\"{option}\" against \"{baseName}\"", differences, ChangesNamed, except: null, interval));
            if (ChangeText.GradeShifts(differences, areaNames).ToList() is { Count: > 0 } shifts)
            {
                sentences.Add($"Under this option, {string.Join("; ", shifts)}.");
            }

            if (ChangeText.Cost(differences, "It") is { } cost)
            {
                sentences.Add(cost);
            }
        }

        return sentences;
    }

    /// <summary>"X: a rises from … ; b falls from …; 2 more headline measures also change." or that nothing changes distinguishably.</summary>
    internal static string Changes(string subject, IReadOnlyList<OptionDifference> differences, int named, string? except, string interval = "paired 95% CI")
    {
        var changed = ChangeText.Distinguishable(differences, except);
        if (changed.Count == 0)
        {
            return $"{subject}: no headline measure changes distinguishably from zero ({interval.Replace("CI", "confidence intervals", StringComparison.Ordinal)}).";
        }

        var text = string.Join("; ", changed.Take(named).Select(d => ChangeText.Of(d, interval)));
        var more = changed.Count - named;
        return more > 0
            ? $"{subject}: {text}; {more} more headline measure(s) also change distinguishably from zero."
            : $"{subject}: {text}; no other headline measure changes distinguishably from zero.";
    }
}
