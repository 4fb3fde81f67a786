namespace ForceSim.Engine.Running;

/// <summary>
/// The values a measure can take, from its name: every ForceSim measure is a count, rate, time, cost or share, so none
/// is below zero; shares and grade probabilities are also at most one. Utilisation is not a share (units work past the
/// end of a shift), nor is a rate per day or year. The diagnostics' start-up bias is a signed difference.
/// </summary>
public static class MeasureRange
{
    private static readonly string[] ShareWords =
    [
        "within", "abandoned", "p_wait", "spilled", "_rate", "identified", "recorded", "missed", "undergraded", "check_done",
        "plan_set", "supervised", "enquiries_completed", "informed", "timeliness", "screened_out", "confidence", "share",
        "resolved", "not_attended", "unreported_repeat_crimes", "second_half", "cross_area_dispatch",
    ];

    private static readonly string[] NotShareWords = ["_per_", "utilisation", "caseload"];

    /// <summary>0, except for a diagnostic's signed difference (a start-up bias), which has no floor.</summary>
    public static double Lowest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.EndsWith("_bias", StringComparison.Ordinal) ? double.NegativeInfinity : 0;
    }

    /// <summary>1 for a share or probability, +∞ otherwise.</summary>
    public static double Highest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.StartsWith("grades.", StringComparison.Ordinal))
        {
            return 1;
        }

        var share = name.StartsWith("inspection.", StringComparison.Ordinal) || ShareWords.Any(w => name.Contains(w, StringComparison.Ordinal));
        return share && !name.EndsWith("_n", StringComparison.Ordinal) && !NotShareWords.Any(w => name.Contains(w, StringComparison.Ordinal))
            ? 1
            : double.PositiveInfinity;
    }
}
