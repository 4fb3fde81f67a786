using System.Diagnostics;
using ForceSim.Experiments.Cluster;
using ForceSim.Experiments.Running;
using ForceSim.Experiments.Scenarios;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// Fits a scenario's assumed parameters to observed figures by ABC-SMC (docs/calibration.md): checks the targets,
/// assumptions and scenario before anything runs, simulates proposals in parallel with common random numbers, saves
/// every simulation and generation so an interrupted calibration resumes to the same bytes (on a cluster: the experiment
/// keeps them, and the same request re-attaches), and writes the posterior
/// (CSV and Parquet), the fit table, identifiability, correlations and report.html.
/// </summary>
public static class CalibrationService
{
    /// <exception cref="InvalidRequestException">The targets, assumptions, scenario or a setting is at fault.</exception>
    /// <exception cref="WorkInterruptedException">Cancelled part-way; the finished simulations are saved.</exception>
    /// <exception cref="ExperimentDetachedException">Cancelled part-way on a cluster; the experiment carries on and the same request re-attaches.</exception>
    public static async Task<CalibrationOutcome> RunAsync(CalibrationRequest request, IProgress<CalibrationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parallelism = ScenarioInput.Parallelism(request.Parallelism);
        var plan = CalibrationPlan.Check(request);
        var experimentId = CheckCluster(request);
        var directory = request.OutputDirectory ?? Path.Combine("results", "calibration-" + Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(request.TargetsPath)));
        using var folder = OutputLock.Acquire(directory);
        var options = ScenarioInput.Options(request.AllowOutsideReferences);
        var checkpoint = request.Cluster is null ? LocalCheckpoint(request, directory, plan) : null;
        var settings = new AbcSettings
        {
            Generations = request.Generations,
            Particles = request.Particles,
            Quantile = request.Quantile,
            Seed = plan.Scenario.Run.Seed,
        };
        var resumed = checkpoint?.SavedEvaluations ?? 0;
        progress?.Report(new CalibrationStarting(plan.Scenario, plan.Targets, [.. plan.Parameters.Select(p => p.Path)], settings, request.ReplicationsPerPoint, resumed));
        var clock = Stopwatch.StartNew();
        await using var onCluster = request.Cluster is { } cluster
            ? await ClusterCalibration.ConnectAsync(plan, experimentId!, cluster, options, directory, cancellationToken).ConfigureAwait(false)
            : null;
        if (onCluster is not null)
        {
            progress?.Report(new CalibrationOnCluster(onCluster.Id, onCluster.Cluster));
        }

        var counter = new SimulationCounter(settings, progress);
        IProposalSimulator simulator = onCluster is null ? new ParticleSimulator(plan, checkpoint!, options, parallelism) : onCluster;
        var abc = new AbcSmc(plan.Priors, settings, simulator, s => TargetStatistics.Distance(plan.Targets.Targets, s))
        {
            // On a cluster the experiment holds every finished simulation: the client replays the generations against it.
            LoadSaved = checkpoint is null ? null : t => counter.Finished(checkpoint.TryPopulation(t)),
            Save = p =>
            {
                checkpoint?.Save(p);
                counter.Finished(p);
            },
            OnEvaluated = counter.Evaluated,
        };
        IReadOnlyList<Population> generations;
        try
        {
            generations = await abc.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (checkpoint is not null)
        {
            throw new WorkInterruptedException(checkpoint.SavedEvaluations, counter.EstimatedTotal, "simulation(s)", e);
        }

        var stoppedEarly = generations.Count < settings.Generations;
        var simulations = generations.Sum(g => g.Proposals) + (stoppedEarly ? settings.Particles * settings.MaxProposalsPerParticle : 0);
        var files = await CalibrationFiles.WriteAsync(directory, request.PosteriorPath ?? Path.Combine(directory, "posterior.csv"), plan, generations, request, cancellationToken).ConfigureAwait(false);
        checkpoint?.Clear();
        return new CalibrationOutcome
        {
            Plan = plan,
            Generations = generations,
            StoppedEarly = stoppedEarly,
            Fit = files.Fit,
            Widths = files.Widths,
            Correlations = files.Correlations,
            Simulations = simulations,
            Resumed = resumed,
            Directory = directory,
            PosteriorPath = files.Posterior,
            Files = files.Paths,
            Elapsed = clock.Elapsed,
            ExperimentId = onCluster?.Id,
        };
    }

    /// <summary>The cluster options checked before anything runs or connects: the experiment id to use, or null when local.</summary>
    private static string? CheckCluster(CalibrationRequest request)
    {
        if (request.Cluster is null)
        {
            return request.ExperimentId is null ? null : throw new InvalidRequestException("--experiment names an experiment on a cluster; give --cluster too.");
        }

        if (request.Fresh)
        {
            throw new InvalidRequestException("--fresh: a calibration on a cluster keeps its simulations in its experiment; to start afresh, give a new --experiment id (or none).");
        }

        return ClusterCalibration.IdFor(request);
    }

    /// <summary>The simulations and generations saved in OUT/.calibration-checkpoints (discarded first with --fresh).</summary>
    private static CalibrationCheckpoint LocalCheckpoint(CalibrationRequest request, string directory, CalibrationPlan plan)
    {
        var folder = Path.Combine(directory, ".calibration-checkpoints");
        if (request.Fresh && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return new CalibrationCheckpoint(folder, plan.Fingerprint);
    }
}
