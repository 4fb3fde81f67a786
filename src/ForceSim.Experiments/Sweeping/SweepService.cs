using System.Diagnostics;
using System.Text;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Cluster;
using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Scenarios;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Sweeps;

namespace ForceSim.Experiments.Sweeping;

/// <summary>
/// Runs every variant of an experiment's design (factorial, Latin hypercube or one-at-a-time) with the same seed, one
/// after another with its replications in parallel (or on a cluster), and writes sweep.csv, sweep.parquet, variants.csv,
/// tornado.csv for one-at-a-time, and the report. Each finished variant is saved, so an interrupted sweep resumes.
/// </summary>
public static class SweepService
{
    /// <exception cref="InvalidRequestException">The request, the experiment or one of its variants is at fault.</exception>
    /// <exception cref="WorkInterruptedException">Cancelled part-way; the finished variants are saved.</exception>
    public static async Task<SweepOutcome> RunAsync(SweepRequest request, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Replications is < 1 or > 10000)
        {
            throw new InvalidRequestException($"--replications must be from 1 to 10000 (got {request.Replications}).");
        }

        var experiment = SweepPlan.LoadExperiment(request.ExperimentPath);
        experiment = experiment with { Replications = request.Replications ?? experiment.Replications };

        var parallelism = ScenarioInput.Parallelism(request.Parallelism);
        var plan = SweepPlan.Check(request.ExperimentPath, experiment, request.Overrides, ScenarioInput.Options(request.AllowOutsideReferences));
        var posterior = SweepPosterior.Prepare(request, plan);
        plan = posterior?.Plan ?? plan;
        var directory = request.OutputDirectory ?? Path.Combine("results", "sweep-" + Path.GetFileNameWithoutExtension(request.ExperimentPath));
        using var folder = OutputLock.Acquire(directory);
        var checkpoint = new SweepCheckpoint(Path.Combine(directory, ".sweep-checkpoints"));
        if (request.Fresh)
        {
            checkpoint.Clear();
        }

        var pending = plan.Variants.Where(v => plan.Saved(checkpoint, v.Index) is null).ToList();
        progress?.Report(new SweepStarting(experiment, plan.Variants.Count, plan.Scenarios[0], plan.Variants.Count - pending.Count));
        Directory.CreateDirectory(checkpoint.Directory);
        var clock = Stopwatch.StartNew();
        await using var onCluster = request.Cluster is { } cluster
            ? await ClusterSweep.SubmitAsync(cluster, experiment.Name, [.. pending.Select(v => (v.Index, plan.Scenarios[v.Index], plan.Fingerprints[v.Index]))], cancellationToken).ConfigureAwait(false)
            : null;
        if (onCluster is not null)
        {
            progress?.Report(new SweepSubmitted(request.Cluster!, onCluster.Experiments));
        }

        var partial = Path.Combine(checkpoint.Directory, "sweep.csv.partial");
        try
        {
            var (table, results, splits) = await RunVariantsAsync(plan, checkpoint, partial, onCluster, new ExperimentOptions { MaxParallelism = parallelism }, posterior, progress, cancellationToken).ConfigureAwait(false);
            clock.Stop();
            var posteriorSentence = splits is null ? null : SweepPosteriorSplit.Sentence(posterior!.File, splits);
            var (files, tornado, summary) = await SweepFiles.WriteAsync(directory, plan, partial, table, results, splits, posteriorSentence, cancellationToken).ConfigureAwait(false);
            checkpoint.Clear();
            return new SweepOutcome
            {
                Experiment = experiment,
                Variants = plan.Variants.Count,
                ReplicationsPerVariant = plan.Replications,
                Tornado = tornado,
                Summary = summary,
                Files = files,
                Elapsed = clock.Elapsed,
                PosteriorSentence = posteriorSentence,
                PosteriorSplits = splits,
            };
        }
        catch (OperationCanceledException e)
        {
            throw new WorkInterruptedException(plan.Variants.Count(v => plan.Saved(checkpoint, v.Index) is not null), plan.Variants.Count, "variant(s)", e);
        }
        catch (Exception e) when (OutputFaults.IsWriteFault(e))
        {
            throw OutputFaults.Writing(e, partial, CheckpointFault.Consequence("variants"));
        }
    }

    /// <summary>Runs (or reuses) each variant in order, streaming its rows to <paramref name="partial"/> as it finishes.</summary>
    private static async Task<(SweepTable Table, IReadOnlyList<ReplicationResult>[] Results, IReadOnlyList<SortedDictionary<string, ParameterSplit>>? Splits)> RunVariantsAsync(
        SweepPlan plan,
        SweepCheckpoint checkpoint,
        string partial,
        ClusterSweep? onCluster,
        ExperimentOptions options,
        SweepPosterior? posterior,
        IProgress<SweepProgress>? progress,
        CancellationToken cancellationToken)
    {
        var count = plan.Variants.Count;
        var replications = plan.Replications;
        var table = new SweepTable(plan.Columns, plan.Experiment.Measures);
        var results = new IReadOnlyList<ReplicationResult>[count];
        var splits = new SortedDictionary<string, ParameterSplit>[count];
        var csv = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using (csv.ConfigureAwait(false))
        {
            await csv.WriteAsync(table.Header()).ConfigureAwait(false);
            progress?.Report(new VariantsFinished(0, count, 0, replications));
            for (var v = 0; v < count; v++)
            {
                var done = v;
                void Report(int finished) => progress?.Report(new VariantsFinished(done, count, (done * replications) + finished, replications));
                var runs = plan.Saved(checkpoint, v);
                if (runs is null)
                {
                    runs = onCluster is not null
                        ? await onCluster.CollectAsync(v, Report, cancellationToken).ConfigureAwait(false)
                        : posterior is not null
                        ? await posterior.RunAsync(v, options with { Progress = new CallbackProgress<int>(Report) }, cancellationToken).ConfigureAwait(false)
                        : (await ExperimentRunner.RunAsync(
                            plan.Scenarios[v],
                            options with { Progress = new CallbackProgress<int>(Report) },
                            cancellationToken).ConfigureAwait(false)).Replications;
                    checkpoint.Save(v, plan.Fingerprints[v], runs);
                }

                if (posterior is not null)
                {
                    (runs, splits[v]) = posterior.Separate(runs);
                }

                if (v == 0)
                {
                    plan.CheckMeasures(runs);
                }

                results[v] = runs;
                await csv.WriteAsync(table.Add(v, plan.Variants[v].Values, runs)).ConfigureAwait(false);
                await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
                progress?.Report(new VariantsFinished(v + 1, count, (v + 1) * replications, replications));
            }
        }

        return (table, results, posterior is null ? null : splits);
    }
}
