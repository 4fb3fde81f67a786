using ForceSim.Model.Experiments;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Sweeps;

namespace ForceSim.Experiments.Sweeping;

/// <summary>A finished sweep: what ran, the files written and, for a one-at-a-time design, the tornado bars.</summary>
public sealed record SweepOutcome
{
    public required Experiment Experiment { get; init; }

    public required int Variants { get; init; }

    public required int ReplicationsPerVariant { get; init; }

    /// <summary>Largest swing first; empty unless the design is one-at-a-time.</summary>
    public required IReadOnlyList<TornadoBar> Tornado { get; init; }

    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>The plain-language sentences the sweep opens with (see <c>SweepSummaryText</c>).</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    public required TimeSpan Elapsed { get; init; }

    /// <summary>With <c>--posterior</c>: one sentence on how much of the spread is parameter uncertainty; otherwise null.</summary>
    public string? PosteriorSentence { get; init; }

    /// <summary>With <c>--posterior</c>: each variant's split of each kept measure (as in posterior-split.csv); otherwise null.</summary>
    public IReadOnlyList<SortedDictionary<string, ParameterSplit>>? PosteriorSplits { get; init; }
}
