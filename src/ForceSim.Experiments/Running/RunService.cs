using System.Diagnostics;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Cluster;
using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Scenarios;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Runs;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Experiments.Running;

/// <summary>
/// Runs a scenario's replications (here, on grains in an embedded silo, or on a cluster) and writes its results folder.
/// A local run saves each finished replication, so an interrupted run resumes without redoing any.
/// </summary>
public static class RunService
{
    /// <exception cref="InvalidRequestException">The request or its scenario is at fault.</exception>
    /// <exception cref="WorkInterruptedException">Cancelled part-way; the finished replications are saved.</exception>
    /// <exception cref="ExperimentDetachedException">Cancelled while waiting for a cluster; the experiment carries on there.</exception>
    public static async Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cluster is null && request.ExperimentId is not null)
        {
            throw new InvalidRequestException("--experiment names an experiment on a cluster; give --cluster too.");
        }

        var scenario = ScenarioInput.Load(request.ScenarioPath, request.Replications, request.Seed, request.Overrides, ScenarioInput.Options(request.AllowOutsideReferences));
        var parallelism = ScenarioInput.Parallelism(request.Parallelism);
        var posterior = PosteriorScenarios.Prepare(request.PosteriorPath, request.ScenarioPath, ScenarioInput.Options(request.AllowOutsideReferences))
            ?.ScenariosFor(request.ScenarioPath, request.Overrides, scenario);
        var directory = request.OutputDirectory ?? Path.Combine("results", Path.GetFileNameWithoutExtension(request.ScenarioPath));
        using var folder = OutputLock.Acquire(directory);
        if (request.Cluster is { } cluster)
        {
            return posterior is null
                ? await ClusterRun.RunAsync(request, scenario, cluster, directory, progress, cancellationToken).ConfigureAwait(false)
                : await ClusterPosteriorRun.RunAsync(request, scenario, posterior, cluster, directory, progress, cancellationToken).ConfigureAwait(false);
        }

        var fingerprint = Fingerprint.OfScenario(request.ScenarioPath, scenario, request.Overrides);
        var checkpoint = new ReplicationCheckpoint(Path.Combine(directory, ".checkpoints"), posterior?.Source.Stamp(fingerprint) ?? fingerprint);
        if (request.Fresh)
        {
            checkpoint.Clear();
        }

        var count = scenario.Run.Replications;
        // With a posterior every replication has a twin (PosteriorRuns), saved and resumed like the others.
        var saved = posterior is null ? count : 2 * count;
        var resumed = Math.Min(count, checkpoint.Saved(saved));
        progress?.Report(new RunStarting(scenario, resumed, request.Host));
        var clock = Stopwatch.StartNew();
        await using var silo = request.Host == ReplicationHost.Grains ? await EmbeddedSilo.StartAsync(cancellationToken).ConfigureAwait(false) : null;
        IReplicationHost host = silo is null
            ? new InProcessReplicationHost(RunPublication.MissedVictimsShown)
            : new GrainReplicationHost(silo.Grains, request.VictimRestMinutes, RunPublication.MissedVictimsShown);
        ExperimentResult result;
        PosteriorSummary? summary = null;
        try
        {
            var options = new ExperimentOptions
            {
                MaxParallelism = parallelism,
                KeepTallies = count <= RunPublication.MaxKeptTallies,
                KeepFirstTally = true,
                TryResume = checkpoint.TryLoad,
                OnFinished = checkpoint.Save,
                Progress = progress is null ? null : new CallbackProgress<int>(done => progress.Report(new ReplicationsFinished(done, count))),
                Host = host,
            };
            if (posterior is null)
            {
                result = await ExperimentRunner.RunAsync(scenario, options, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                (result, summary, _) = await PosteriorRuns.RunAsync(scenario, posterior, new Engine.Compilation.CompiledScenario(scenario).Rubric, options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException e)
        {
            throw new WorkInterruptedException(checkpoint.Saved(saved), saved, "replication(s)", e);
        }

        clock.Stop();
        var info = Info(request, scenario, result, resumed, parallelism, clock.Elapsed);
        var outcome = await RunPublication.PublishAsync(
            directory, Path.GetFullPath(request.ScenarioPath), scenario, result, info, (IRecallsFirstReplication)host, clock.Elapsed, cancellationToken,
            posterior is null ? null : (summary!, posterior.Models()(0))).ConfigureAwait(false);
        checkpoint.Clear();
        return outcome;
    }

    private static RunInfo Info(RunRequest request, Scenario scenario, ExperimentResult result, int resumed, int parallelism, TimeSpan elapsed) => new()
    {
        ScenarioFile = Path.GetFullPath(request.ScenarioPath),
        ScenarioName = scenario.Name,
        Seed = scenario.Run.Seed,
        Replications = scenario.Run.Replications,
        ResumedReplications = resumed,
        WallSeconds = elapsed.TotalSeconds,
        EventsProcessed = result.EventsProcessed,
        Parallelism = parallelism,
        Host = request.Host == ReplicationHost.Grains ? "grains" : "in-process",
    };
}
