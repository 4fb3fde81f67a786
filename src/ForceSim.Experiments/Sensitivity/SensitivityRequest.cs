namespace ForceSim.Experiments.Sensitivity;

/// <summary>Rank a scenario's assumed parameters by their effect, one at a time and paired (what <c>forcesim sensitivity</c> asks for).</summary>
public sealed record SensitivityRequest
{
    public required string ScenarioPath { get; init; }

    /// <summary>The assumptions file; default <c>assumptions/&lt;scenario file name&gt;</c> beside the scenario or a file it extends.</summary>
    public string? AssumptionsPath { get; init; }

    /// <summary>Replications for the baseline and every setting (default: the scenario's).</summary>
    public int? Replications { get; init; }

    /// <summary>Seed for the baseline and every setting (default: the scenario's).</summary>
    public long? Seed { get; init; }

    /// <summary>The output folder; default <c>results/sensitivity-&lt;scenario file name&gt;</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Replications run at once (default one per core); results never depend on it.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Discard settings saved by an interrupted earlier run instead of reusing them.</summary>
    public bool Fresh { get; init; }

    /// <summary><c>PATH=VALUE</c> changes to the scenario, applied before each parameter is moved; the baseline includes them.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>Let the scenario's <c>extends:</c> and <c>rubric:</c> name files outside its tree (<c>--allow-outside-references</c>).</summary>
    public bool AllowOutsideReferences { get; init; }
}
