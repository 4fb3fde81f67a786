using ForceSim.Engine.Running;
using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Scenarios;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Experiments.Sweeping;

/// <summary>
/// A sweep with <c>--posterior</c>: each variant's replications with their drawn parameter sets (replication r draws the
/// same set in every variant, so variants stay paired), and the plan's fingerprints stamped with the posterior so saved
/// variants of a sweep without it are never reused. Like <see cref="PosteriorRuns"/>, each variant also runs replication R + r,
/// a twin of replication r with the same parameter set, saved with the variant: the R replications are the sweep's rows
/// as before, and the twins split each kept measure's spread into parameter uncertainty and replication noise.
/// </summary>
internal sealed record SweepPosterior(SweepPlan Plan, IReadOnlyList<PosteriorModels> Models)
{
    public static SweepPosterior? Prepare(SweepRequest request, SweepPlan plan)
    {
        if (request.PosteriorPath is null)
        {
            return null;
        }

        if (request.Cluster is not null)
        {
            throw new InvalidRequestException("--posterior runs here only; it cannot be used with --cluster yet.");
        }

        var experiment = plan.Experiment;
        var scenarios = PosteriorScenarios.Prepare(request.PosteriorPath, experiment.ScenarioPath, ScenarioInput.Options(request.AllowOutsideReferences))!;
        var models = plan.Variants
            .Select(v => scenarios.ScenariosFor(experiment.ScenarioPath, [.. request.Overrides, .. v.Overrides(experiment)], plan.Scenarios[v.Index]))
            .ToList();
        return new SweepPosterior(plan with { Fingerprints = [.. plan.Fingerprints.Select(scenarios.Stamp)], Twinned = true }, models);
    }

    /// <summary>The posterior file's name, as the outputs cite it.</summary>
    public string File => System.IO.Path.GetFileName(Models[0].Source.Path);

    /// <summary>Variant <paramref name="variant"/>'s R replications followed by their R twins.</summary>
    public async Task<IReadOnlyList<ReplicationResult>> RunAsync(int variant, ExperimentOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scenario = Plan.Scenarios[variant];
        var progress = options.Progress;
        var all = await ExperimentRunner.RunAsync(
            scenario with { Run = scenario.Run with { Replications = 2 * scenario.Run.Replications } },
            options with
            {
                ModelFor = Models[variant].Models(),
                Progress = progress is null ? null : new CallbackProgress<int>(done => progress.Report(done / 2)),
            },
            cancellationToken).ConfigureAwait(false);
        return all.Replications;
    }

    /// <summary>Splits a variant's saved runs into its R replications and the split of each kept measure from their twins.</summary>
    public (IReadOnlyList<ReplicationResult> Replications, SortedDictionary<string, ParameterSplit> Split) Separate(IReadOnlyList<ReplicationResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var count = Plan.Replications;
        IReadOnlyList<ReplicationResult> main = [.. runs.Take(count)];
        IReadOnlyList<ReplicationResult> twins = [.. runs.Skip(count)];
        var measures = main.SelectMany(r => r.Measures.Keys).Distinct().Where(Plan.Keeps).Order(StringComparer.Ordinal);
        return (main, ParameterUncertainty.Split(main, twins, measures));
    }
}
