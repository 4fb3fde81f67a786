using ForceSim.Experiments.Calibration;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Loading;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// A calibration's simulations on a cluster: one experiment whose variants are the proposals, each batch of a generation
/// appended as the algorithm asks for it (keyed <c>g{generation}-p{proposal}</c>), each with the replications and common
/// seed it runs with locally. Only per-replication results come back, reduced to the targets' statistics here exactly as
/// a local calibration does, so <see cref="AbcSmc"/> reaches the same posterior. The experiment's fingerprint is the
/// calibration's, so the same command under the same id replays the same batches, re-attaches to each, and re-runs
/// nothing finished (the generations count is not in it: a finished calibration can be continued with more).
/// </summary>
internal sealed class ClusterCalibration : IProposalSimulator, IAsyncDisposable
{
    private readonly ClusterVariants _experiment;
    private readonly CalibrationPlan _plan;
    private readonly LoadOptions _options;

    private ClusterCalibration(ClusterVariants experiment, CalibrationPlan plan, LoadOptions options)
    {
        _experiment = experiment;
        _plan = plan;
        _options = options;
    }

    public string Id => _experiment.Id;

    public ClusterAddress Cluster => _experiment.Cluster;

    /// <summary>The experiment id a request asks for, or a new one from the targets file's name; refused before anything connects.</summary>
    public static string IdFor(CalibrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(request.TargetsPath));
        return ExperimentIds.Check(request.ExperimentId ?? ExperimentIds.New("calibrate-" + name.Replace('.', '-')));
    }

    public static async Task<ClusterCalibration> ConnectAsync(CalibrationPlan plan, string id, ClusterAddress cluster, LoadOptions options, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var fingerprint = Fingerprint.Of("calibrate", [plan.Fingerprint]);
        var experiment = await ClusterVariants.ConnectAsync(cluster, id, fingerprint, directory, cancellationToken).ConfigureAwait(false);
        return new ClusterCalibration(experiment, plan, options);
    }

    public async Task<IReadOnlyList<double[]>> SimulateAsync(IReadOnlyList<Evaluation> proposals, Action finished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(finished);
        var variants = proposals.Select(p => new ExperimentVariant($"g{p.Generation}-p{p.Proposal}", _plan.ScenarioFor(p, _options))).ToList();
        var reported = 0;
        void Progress(ExperimentStatus status, ExperimentPlan plan)
        {
            // The batch is the plan's last variants: count those whose every replication is done, and report the new ones.
            var done = status.Finished.ToHashSet();
            var first = plan.Scenarios.Count - variants.Count;
            var complete = Enumerable.Range(first, variants.Count).Count(v => Enumerable.Range(plan.Offset(v), plan.Scenarios[v].Run.Replications).All(done.Contains));
            for (; reported < complete; reported++)
            {
                finished();
            }
        }

        var results = await _experiment.RunAsync(variants, Progress, cancellationToken).ConfigureAwait(false);
        for (; reported < variants.Count; reported++)
        {
            finished();
        }

        return [.. results.Select(_plan.StatisticsOf)];
    }

    public ValueTask DisposeAsync() => _experiment.DisposeAsync();
}
