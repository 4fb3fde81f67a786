using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Scenarios;
using ForceSim.Model.Experiments;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Sweeps;

namespace ForceSim.Experiments.Sweeping;

/// <summary>
/// A sweep checked before anything runs: the experiment, its variants in design order, each variant's scenario and its
/// fingerprint (what its saved replications are reused by).
/// </summary>
internal sealed record SweepPlan(Experiment Experiment, IReadOnlyList<ExperimentVariant> Variants, IReadOnlyList<Scenario> Scenarios, IReadOnlyList<Fingerprint> Fingerprints)
{
    private const int MaxShownProblems = 10;

    /// <summary>Replications per variant (every variant has the same).</summary>
    public int Replications => Scenarios[0].Run.Replications;

    /// <summary>With <c>--posterior</c>: each variant also runs a twin of every replication, saved with it (see <see cref="SweepPosterior"/>).</summary>
    public bool Twinned { get; init; }

    /// <summary>The factor columns of the output, in the experiment's order.</summary>
    public IReadOnlyList<string> Columns => [.. Experiment.Factors.Select(f => f.Column)];

    public static Experiment LoadExperiment(string path)
    {
        var loaded = ExperimentLoader.LoadFile(path);
        if (!loaded.IsValid)
        {
            throw new InvalidRequestException($"{path}: {loaded.Problems.Count} problem(s) in the experiment:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p))}");
        }

        return loaded.Experiment!;
    }

    /// <summary>Loads and checks every variant; any invalid one is an invalid request naming the variant and factor.</summary>
    public static SweepPlan Check(string path, Experiment experiment, IReadOnlyList<string> sets, LoadOptions? options = null)
    {
        var variants = ExperimentDesign.Variants(experiment);
        var scenarios = new List<Scenario>(variants.Count);
        var errors = new List<string>();
        foreach (var variant in variants)
        {
            var loaded = ScenarioLoader.LoadFile(experiment.ScenarioPath, [.. sets, .. variant.Overrides(experiment)], options);
            if (!loaded.IsValid)
            {
                errors.AddRange(loaded.Problems.Select(p => Describe(experiment, variant, sets.Count, p)));
                scenarios.Add(null!);
                continue;
            }

            var scenario = loaded.Scenario!;
            scenarios.Add(scenario with
            {
                Run = scenario.Run with
                {
                    Replications = experiment.Replications ?? scenario.Run.Replications,
                    Seed = experiment.Seed ?? scenario.Run.Seed,
                },
            });
        }

        if (errors.Count > 0)
        {
            var shown = errors.Take(MaxShownProblems).Select(e => "  " + e);
            var more = errors.Count > MaxShownProblems ? $"{Environment.NewLine}  … and {errors.Count - MaxShownProblems} more" : "";
            throw new InvalidRequestException($"{path}: {errors.Count} problem(s) in the experiment's variants:{Environment.NewLine}{string.Join(Environment.NewLine, shown)}{more}");
        }

        ScenarioInput.CheckRubric(experiment.ScenarioPath, scenarios[0]);
        var fingerprints = variants
            .Select(v => Fingerprint.OfScenario(experiment.ScenarioPath, scenarios[v.Index], [.. sets, .. v.Overrides(experiment)]).ForReplications(scenarios[v.Index].Run.Replications))
            .ToList();
        return new SweepPlan(experiment, variants, scenarios, fingerprints);
    }

    /// <summary>The variant's replications saved by an earlier sweep of the same plan, or null.</summary>
    public IReadOnlyList<ReplicationResult>? Saved(SweepCheckpoint checkpoint, int variant) =>
        checkpoint.TryLoad(variant, Fingerprints[variant], Twinned ? 2 * Replications : Replications);

    /// <summary>Whether the experiment keeps <paramref name="measure"/> (it keeps every measure when it names none).</summary>
    public bool Keeps(string measure) => Experiment.Measures.Count == 0 || Experiment.Measures.Any(m => SweepTable.Matches(m, measure));

    /// <summary>A measure the experiment names that the first variant did not produce is a misspelling: stop before the rest run.</summary>
    public void CheckMeasures(IReadOnlyList<ReplicationResult> firstVariant)
    {
        var names = firstVariant.SelectMany(r => r.Measures.Keys).Distinct().ToList();
        var unknown = Experiment.Measures.Where(m => !names.Any(n => SweepTable.Matches(m, n))).ToList();
        if (unknown.Count > 0)
        {
            var described = unknown.Select(m => Suggestions.Closest(m, names) is { } s ? $"'{m}' (did you mean '{s}'?)" : $"'{m}'");
            throw new InvalidRequestException($"{Experiment.SourcePath}: measures: no measure matches {string.Join(", ", described)}; the first variant is saved and is reused when you run again.");
        }
    }

    /// <summary>A problem of one variant, naming the factor when it comes from one of the variant's own overrides.</summary>
    private static string Describe(Experiment experiment, ExperimentVariant variant, int sets, ScenarioProblem problem)
    {
        var setFactors = experiment.Factors.Where((_, f) => variant.Values[f] is not null).ToList();
        var factor = problem.File == ScenarioLoader.OverridesFile && problem.Line > sets && problem.Line - sets - 1 < setFactors.Count
            ? $"factor {setFactors[problem.Line - sets - 1].Path}: "
            : "";
        var where = factor.Length > 0 ? (problem.KeyPath.Length == 0 ? problem.Message : $"{problem.KeyPath}: {problem.Message}") : problem.ToString();
        return $"variant {variant.Index} ({variant.Describe(experiment)}): {factor}{where}";
    }
}
