using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Experiments.Posteriors;

/// <summary>
/// Runs a scenario's replications with a posterior: replication r with its drawn parameter set, and a twin, replication
/// R + r, with the same set and its own random numbers. The R replications are the results, exactly as without a
/// posterior (independent, so every interval and paired comparison stays valid); the twins only measure how far runs
/// with the same parameters differ, which splits each measure's spread into replication noise and parameter uncertainty.
/// </summary>
public static class PosteriorRuns
{
    /// <returns>The R replications as the experiment's result, what results.json records about the posterior, and the twins.</returns>
    public static async Task<(ExperimentResult Result, PosteriorSummary Posterior, IReadOnlyList<ReplicationResult> Twins)> RunAsync(
        Scenario scenario,
        PosteriorModels models,
        Rubric rubric,
        ExperimentOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(options);
        var count = scenario.Run.Replications;
        var doubled = scenario with { Run = scenario.Run with { Replications = 2 * count } };
        var progress = options.Progress;
        var all = await ExperimentRunner.RunAsync(
            doubled,
            options with
            {
                ModelFor = models.Models(),
                Progress = progress is null ? null : new CallbackProgress<int>(done => progress.Report(done / 2)),
            },
            cancellationToken).ConfigureAwait(false);
        return Split(all, count, models, rubric);
    }

    /// <summary>
    /// The 2R replications (wherever they ran: here, or on a cluster as one variant each) parted into the R results,
    /// diagnosed as a run's, and the twins, with what results.json records about the posterior.
    /// </summary>
    public static (ExperimentResult Result, PosteriorSummary Posterior, IReadOnlyList<ReplicationResult> Twins) Split(ExperimentResult all, int count, PosteriorModels models, Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(models);
        var result = Engine.Diagnostics.StabilityDiagnosis.Apply(all with { Replications = [.. all.Replications.Take(count)], Diagnostics = null }, rubric);
        IReadOnlyList<ReplicationResult> twins = [.. all.Replications.Skip(count)];
        return (result, models.Summary(ParameterUncertainty.Split(result, twins)), twins);
    }
}
