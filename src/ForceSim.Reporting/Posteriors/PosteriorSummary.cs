namespace ForceSim.Reporting.Posteriors;

/// <summary>
/// What a run with <c>--posterior</c> adds to results.json: the posterior used, the parameter set each replication drew,
/// the parameters the request kept at its own value, and each measure's split between parameter uncertainty and noise.
/// </summary>
/// <param name="File">The posterior's file name (no folder, so results.json is the same bytes wherever it is run).</param>
/// <param name="Draws">Replication i ran with posterior row Draws[i].</param>
/// <param name="Kept">Parameters the request itself sets (a what-if, <c>--set</c>, a sweep factor), which keep the request's value.</param>
/// <param name="Measures">The split per measure; empty when it was not estimated.</param>
public sealed record PosteriorSummary(
    string File,
    int ModelVersion,
    string Method,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<string> Kept,
    IReadOnlyList<int> Draws,
    SortedDictionary<string, ParameterSplit> Measures)
{
    /// <summary>For a what-if in a comparison: the split of each measure's paired change from the base (empty otherwise).</summary>
    public SortedDictionary<string, ParameterSplit> ChangeFromBase { get; init; } = new(StringComparer.Ordinal);
}
