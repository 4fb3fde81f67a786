namespace ForceSim.Model.Experiments;

/// <summary>How an experiment chooses the values of its factors.</summary>
public enum DesignType
{
    /// <summary>Every combination of every factor's listed <c>values</c>.</summary>
    Factorial,

    /// <summary><c>samples</c> points, each factor's range cut into that many strata, each stratum used exactly once.</summary>
    LatinHypercube,

    /// <summary>The base scenario, then each factor alone at its <c>low</c> and at its <c>high</c> (tornado data).</summary>
    OneAtATime,
}

/// <summary>
/// One factor of an experiment: a scenario key path (anything <c>--set</c> accepts) and the values it takes,
/// as YAML text: <see cref="Values"/> for a factorial design, <see cref="Min"/>..<see cref="Max"/> for a Latin
/// hypercube, <see cref="Low"/> and <see cref="High"/> for one-at-a-time.
/// </summary>
public sealed record ExperimentFactor
{
    public required string Path { get; init; }

    /// <summary>The column name in the output: the last segment of the path, made unique among the factors.</summary>
    public required string Column { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    public double Min { get; init; }

    public double Max { get; init; }

    /// <summary>True when both ends of a Latin hypercube range are whole numbers, so samples are whole too.</summary>
    public bool Whole { get; init; }

    public string Low { get; init; } = "";

    public string High { get; init; } = "";
}

/// <summary>An experiment file: a scenario, the factors to vary over it and the measures to keep.</summary>
public sealed record Experiment
{
    public required string Name { get; init; }

    /// <summary>The experiment file, as given.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The scenario file, resolved against the experiment file's folder.</summary>
    public required string ScenarioPath { get; init; }

    /// <summary>Replications per variant; <c>null</c> keeps the scenario's.</summary>
    public int? Replications { get; init; }

    /// <summary>The seed every variant runs with (common random numbers); <c>null</c> keeps the scenario's.</summary>
    public long? Seed { get; init; }

    public required DesignType Design { get; init; }

    /// <summary>Latin hypercube only: the number of sampled points.</summary>
    public int Samples { get; init; }

    /// <summary>Latin hypercube only: the seed of the sampling design (not of the simulation).</summary>
    public long DesignSeed { get; init; } = 1;

    public required IReadOnlyList<ExperimentFactor> Factors { get; init; }

    /// <summary>Measure names to keep (a name ending in <c>*</c> keeps every measure starting with the rest); empty keeps all.</summary>
    public IReadOnlyList<string> Measures { get; init; } = [];
}

/// <summary>One point of a design: its number and the value of every factor (<c>null</c> where a factor stays at the scenario's value).</summary>
public sealed record ExperimentVariant(int Index, IReadOnlyList<string?> Values)
{
    /// <summary>The <c>--set PATH=VALUE</c> overrides that make this variant from the scenario.</summary>
    public IReadOnlyList<string> Overrides(Experiment experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var overrides = new List<string>();
        for (var i = 0; i < experiment.Factors.Count; i++)
        {
            if (Values[i] is { } value)
            {
                overrides.Add($"{experiment.Factors[i].Path}={value}");
            }
        }

        return overrides;
    }

    /// <summary>E.g. <c>reserved_for_emergency=2, supervisors=30</c>, or <c>base</c> when every factor is at the scenario's value.</summary>
    public string Describe(Experiment experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var parts = experiment.Factors.Select((f, i) => Values[i] is { } v ? $"{f.Column}={v}" : null).OfType<string>().ToList();
        return parts.Count == 0 ? "base" : string.Join(", ", parts);
    }
}

/// <summary>The result of loading an experiment file: the experiment, or every problem found.</summary>
public sealed record ExperimentLoadResult(Experiment? Experiment, IReadOnlyList<Loading.ScenarioProblem> Problems)
{
    public bool IsValid => Experiment is not null && Problems.Count == 0;
}
