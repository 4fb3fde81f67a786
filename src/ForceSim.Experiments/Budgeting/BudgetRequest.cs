using ForceSim.Grains.Hosting;

namespace ForceSim.Experiments.Budgeting;

/// <summary>Recommend how to spend (or cut) an annual sum on staff (what <c>forcesim budget</c> asks for).</summary>
public sealed record BudgetRequest
{
    public const string DefaultObjective = "response.attendance_within_target";

    /// <summary>The base scenario (it must cost the roles bought).</summary>
    public required string ScenarioPath { get; init; }

    /// <summary>Annual change in spending in pounds: positive to buy staff, negative to cut. Required, never zero.</summary>
    public double? Extra { get; init; }

    /// <summary>Role keys the search may change (e.g. <c>call_handler</c>); null: every role the scenario costs.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>A measure name or <c>grade:&lt;area&gt;:&lt;grade&gt;_or_better</c>.</summary>
    public string Objective { get; init; } = DefaultObjective;

    /// <summary>Higher objective is better (else inferred from the measure).</summary>
    public bool Maximise { get; init; }

    /// <summary>Lower objective is better (else inferred from the measure).</summary>
    public bool Minimise { get; init; }

    /// <summary>Replications per evaluated mix.</summary>
    public int Replications { get; init; } = 4;

    /// <summary>Seed for every mix (default: the scenario's).</summary>
    public long? Seed { get; init; }

    /// <summary><c>PATH=VALUE</c> changes to the scenario before the search (e.g. a shorter horizon for a quick look).</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    public int InvestigatorStep { get; init; } = 5;

    public int SupervisorStep { get; init; } = 1;

    /// <summary>Most mixes to simulate; the search stops and says so if the next round would exceed it.</summary>
    public int MaxEvaluations { get; init; } = 60;

    /// <summary>The output folder; default <c>results/budget-&lt;scenario file name&gt;</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Replications run at once (default one per core).</summary>
    public int? Parallelism { get; init; }

    /// <summary>Simulate the mixes on this cluster, as one experiment whose variants are the mixes, added round by round.</summary>
    public ClusterAddress? Cluster { get; init; }

    /// <summary>With <see cref="Cluster"/>: the experiment's id (default: made from the file name and the time); the same id again re-attaches.</summary>
    public string? ExperimentId { get; init; }

    /// <summary>Let the scenario's <c>extends:</c> and <c>rubric:</c> name files outside its tree (<c>--allow-outside-references</c>).</summary>
    public bool AllowOutsideReferences { get; init; }

    /// <summary>
    /// A calibration posterior: replication r of every mix runs with the same drawn parameter set, and the mix's staff are
    /// added to that set's staffing (docs/posterior-format.md).
    /// </summary>
    public string? PosteriorPath { get; init; }
}
