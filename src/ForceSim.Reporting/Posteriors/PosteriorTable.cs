namespace ForceSim.Reporting.Posteriors;

/// <summary>A posterior as columns for file formats: draw numbers, weights, and each draw's parameter values; plus file metadata.</summary>
public sealed record PosteriorTable(
    IReadOnlyList<string> Parameters,
    IReadOnlyList<int> Draws,
    IReadOnlyList<double> Weights,
    IReadOnlyList<IReadOnlyList<double>> Values,
    IReadOnlyDictionary<string, string> Metadata);
