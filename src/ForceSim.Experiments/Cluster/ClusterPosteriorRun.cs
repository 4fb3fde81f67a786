using System.Diagnostics;
using ForceSim.Engine.Compilation;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Running;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// A run with a posterior on a cluster: one experiment whose variants are the run's 2R replications (R results, then
/// their twins, <see cref="PosteriorRuns"/>), each the scenario with the parameter set its replication drew and numbered
/// as that replication, so it meets the same random numbers as locally. The draws are made here, as locally, and the
/// results parted and published exactly as a local posterior run's, so every file but run-info.json is the same. The
/// experiment's fingerprint covers the posterior file, so the same command under the same id re-attaches.
/// </summary>
internal static class ClusterPosteriorRun
{
    public static async Task<RunOutcome> RunAsync(
        RunRequest request,
        Scenario scenario,
        PosteriorModels posterior,
        ClusterAddress address,
        string directory,
        IProgress<RunProgress>? progress,
        CancellationToken cancellationToken)
    {
        var id = ExperimentIds.Check(request.ExperimentId ?? ExperimentIds.New(request.ScenarioPath));
        var count = scenario.Run.Replications;
        var fingerprint = Fingerprint.Of("run posterior", [posterior.Source.Stamp(Fingerprint.OfScenario(request.ScenarioPath, scenario, request.Overrides)).ForReplications(count).Value]);
        var clock = Stopwatch.StartNew();
        await using var experiment = await ClusterVariants.ConnectAsync(address, id, fingerprint, directory, cancellationToken).ConfigureAwait(false);
        experiment.Host = request.Host;
        experiment.VictimRestMinutes = request.VictimRestMinutes;
        var variants = PosteriorVariants.Of(posterior, count, "");
        ExperimentStatus? last = null;
        var results = await experiment.RunAsync(
            variants,
            (status, _) =>
            {
                if (last is null)
                {
                    progress?.Report(new ClusterRunSubmitted(scenario, id, address, status));
                }

                last = status;
                progress?.Report(new ClusterRunStatus(status));
            },
            cancellationToken).ConfigureAwait(false);
        var (result, summary, _) = PosteriorRuns.Split(PosteriorVariants.Joined(scenario, results), count, posterior, new CompiledScenario(scenario).Rubric);
        clock.Stop();
        var source = Path.GetFullPath(request.ScenarioPath);
        var info = ClusterRun.Info(source, last!, result, address, clock.Elapsed) with { Replications = count };
        var outcome = await RunPublication.PublishAsync(directory, source, scenario, result, info, null, clock.Elapsed, cancellationToken, (summary, posterior.Models()(0))).ConfigureAwait(false);
        return outcome with { Cluster = last };
    }
}
