using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// The most a scenario, overlay, rubric, assumptions or experiment file may ask of the loader, so a typo or a generated
/// file cannot take minutes of work or all memory before it is refused. Each cap is far above what the shipped files and
/// the national model (43 forces) need; docs/scenario-format.md, "Limits", lists them with their reasons.
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// 8 MiB per file. The six-force eastern region is 94 KB, so a 43-force national model written out in full is about
    /// 0.7 MB; eight megabytes leaves ten times that for geography, and parses in well under a second.
    /// </summary>
    public const int MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>
    /// One million values (mappings, lists and single values), counting every use of an alias as a copy of what it names.
    /// A force is about 1,000 values, so a national model is about 50,000; aliases cannot multiply a small file past this.
    /// </summary>
    public const int MaxValues = 1_000_000;

    /// <summary>Nesting depth: the shipped scenarios are 8 deep; 64 leaves room and keeps every recursive walk shallow.</summary>
    public const int MaxDepth = 64;

    /// <summary>Files in one <c>extends</c> chain: a baseline, a region and a few layers of what-if overlays fit in 10.</summary>
    public const int MaxExtendsChain = 10;

    /// <summary>Characters in an <c>id</c>: ids appear in output columns, tables and grain keys; the longest shipped is 24.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Characters in a <c>name</c>, shown in tables and report headings; the longest shipped is 73.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Characters in any other single value; the longest shipped (a rubric's reasoning) is under 400.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Keys in one mapping: the largest (crime classes in <c>recording.probability</c>, rubric areas) have tens.</summary>
    public const int MaxMappingKeys = 1_000;

    /// <summary>Items in a list whose key has no cap of its own (an empirical distribution's values, a sweep's values).</summary>
    public const int MaxListItems = 10_000;

    /// <summary>
    /// The largest parameter of a distribution (its unit is in the key: minutes, seconds, hours, days or a count). A million
    /// minutes is almost two years and a million days far more than any horizon, so nothing real is refused, while a typo
    /// such as 1e300 cannot make event times overflow.
    /// </summary>
    public const double MaxDistributionValue = 1_000_000;

    /// <summary>The largest relative weight or factor (demand profiles, channel shares, empirical weights, pressure), so sums stay finite.</summary>
    public const double MaxWeight = 1e9;

    /// <summary>The largest grade threshold in a rubric: measures are seconds, minutes, days, shares or counts, all far below this.</summary>
    public const double MaxThreshold = 1e9;

    /// <summary>A distribution parameter that may be 0: from 0 to <see cref="MaxDistributionValue"/>.</summary>
    internal static NumberRange DistributionValue => NumberRange.Between(0, MaxDistributionValue);

    /// <summary>A distribution parameter that must be above 0 (a mean, a shape): up to <see cref="MaxDistributionValue"/>.</summary>
    internal static NumberRange PositiveDistributionValue => new(0, MaxDistributionValue, MinExclusive: true);

    /// <summary>A relative weight: from 0 to <see cref="MaxWeight"/>.</summary>
    internal static NumberRange Weight => NumberRange.Between(0, MaxWeight);

    /// <summary>Lists with a cap of their own, by key, with the reason given in the refusal.</summary>
    private static readonly Dictionary<string, (int Max, string Why)> ListCaps = new(StringComparer.Ordinal)
    {
        ["forces"] = (100, "a national model of England and Wales has 43 forces, so 100 leaves room for the rest of the UK and special forces"),
        ["control_rooms"] = (100, "each force has at most one control room of its own, so there are never more control rooms than forces"),
        ["neighbours"] = (100, "a force can have no more neighbours than there are forces"),
        ["incident_types"] = (200, "the shipped forces use 16 incident types each, so 200 leaves ample room"),
        ["shifts"] = (48, "one shift starting every half hour of the day is 48"),
        ["other_work"] = (50, "a unit's duties other than calls are a handful of kinds"),
        ["additional"] = (20, "a crime leads to a handful of further crimes at most"),
        ["violence_classes"] = (200, "the shipped forces name a handful of crime classes, so 200 leaves ample room"),
        ["paperwork_pressure"] = (100, "a pressure curve is a few points joined by straight lines"),
        ["compliance"] = (100, "a pressure curve is a few points joined by straight lines"),
        ["measures"] = (500, "a rubric grades a few measures in each area, and an experiment reports a few"),
        ["factors"] = (100, "the shipped experiments vary 4 factors, so 100 leaves ample room"),
        ["parameters"] = (1_000, "the shipped assumptions declare 19 parameters, so 1,000 leaves ample room"),
    };

    /// <summary>The most items the list at <paramref name="key"/> may hold, and why (<c>null</c> for the general cap).</summary>
    public static (int Max, string? Why) ListCap(string key) =>
        ListCaps.TryGetValue(key, out var cap) ? cap : (MaxListItems, null);

    /// <summary>The most characters a single value at <paramref name="key"/> may hold.</summary>
    public static int TextCap(string key) => key switch
    {
        "id" => MaxIdLength,
        "name" => MaxNameLength,
        _ => MaxTextLength,
    };

    /// <summary>The refusal for a list of <paramref name="count"/> items (or more) at <paramref name="key"/>.</summary>
    public static string TooManyItems(string key, long count, bool atLeast)
    {
        var (max, why) = ListCap(key);
        var reason = why is null ? "" : $" ({why})";
        return Invariant($"lists {(atLeast ? "more than " : "")}{count:N0} items; at most {max:N0} are allowed here{reason}. Split the work into several scenarios, or look for a generated list that ran away");
    }

    /// <summary>The key a path ends in, e.g. <c>incident_types</c> for <c>forces[2].incident_types</c> or its items.</summary>
    internal static string KeyOf(string path)
    {
        var end = path.Length;
        while (end > 0 && path[end - 1] == ']')
        {
            end = path.LastIndexOf('[', end - 1);
        }

        var start = path.LastIndexOf('.', Math.Max(0, end - 1)) + 1;
        return end <= start ? "" : path[start..end];
    }

    /// <summary>A byte count for messages, e.g. "8 MB" or "9.3 MB".</summary>
    public static string Megabytes(long bytes) => Invariant($"{bytes / (1024.0 * 1024.0):0.#} MB");
}
