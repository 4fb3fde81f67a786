using System.Diagnostics;
using ForceSim.Experiments.Scenarios;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// Fits a scenario's assumed parameters to observed figures by ABC-SMC (docs/calibration.md): checks the targets,
/// assumptions and scenario before anything runs, simulates proposals in parallel with common random numbers, saves
/// every simulation and generation so an interrupted calibration resumes to the same bytes, and writes the posterior
/// (CSV and Parquet), the fit table, identifiability, correlations and report.html.
/// </summary>
public static class CalibrationService
{
    /// <exception cref="InvalidRequestException">The targets, assumptions, scenario or a setting is at fault.</exception>
    /// <exception cref="WorkInterruptedException">Cancelled part-way; the finished simulations are saved.</exception>
    public static async Task<CalibrationOutcome> RunAsync(CalibrationRequest request, IProgress<CalibrationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parallelism = ScenarioInput.Parallelism(request.Parallelism);
        var plan = CalibrationPlan.Check(request);
        var directory = request.OutputDirectory ?? Path.Combine("results", "calibration-" + Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(request.TargetsPath)));
        using var folder = OutputLock.Acquire(directory);
        var checkpointFolder = Path.Combine(directory, ".calibration-checkpoints");
        if (request.Fresh && Directory.Exists(checkpointFolder))
        {
            Directory.Delete(checkpointFolder, recursive: true);
        }

        var checkpoint = new CalibrationCheckpoint(checkpointFolder, plan.Fingerprint);
        var settings = new AbcSettings
        {
            Generations = request.Generations,
            Particles = request.Particles,
            Quantile = request.Quantile,
            Seed = plan.Scenario.Run.Seed,
            Parallelism = parallelism,
        };
        var resumed = checkpoint.SavedEvaluations;
        progress?.Report(new CalibrationStarting(plan.Scenario, plan.Targets, [.. plan.Parameters.Select(p => p.Path)], settings, request.ReplicationsPerPoint, resumed));
        var clock = Stopwatch.StartNew();
        var counter = new SimulationCounter(settings, progress);
        var simulator = new ParticleSimulator(plan, checkpoint, ScenarioInput.Options(request.AllowOutsideReferences));
        var abc = new AbcSmc(plan.Priors, settings, simulator.SimulateAsync, s => TargetStatistics.Distance(plan.Targets.Targets, s))
        {
            LoadSaved = t => counter.Finished(checkpoint.TryPopulation(t)),
            Save = p =>
            {
                checkpoint.Save(p);
                counter.Finished(p);
            },
            OnEvaluated = counter.Evaluated,
        };
        IReadOnlyList<Population> generations;
        try
        {
            generations = await abc.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e)
        {
            throw new WorkInterruptedException(checkpoint.SavedEvaluations, counter.EstimatedTotal, "simulation(s)", e);
        }

        var stoppedEarly = generations.Count < settings.Generations;
        var simulations = generations.Sum(g => g.Proposals) + (stoppedEarly ? settings.Particles * settings.MaxProposalsPerParticle : 0);
        var files = await CalibrationFiles.WriteAsync(directory, request.PosteriorPath ?? Path.Combine(directory, "posterior.csv"), plan, generations, request, cancellationToken).ConfigureAwait(false);
        checkpoint.Clear();
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
        };
    }
}
