using System.Diagnostics;
using System.Globalization;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Scenarios;
using ForceSim.Experiments.Sweeping;
using ForceSim.Model.Assumptions;
using ForceSim.Model.Experiments;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Sensitivity;

namespace ForceSim.Experiments.Sensitivity;

/// <summary>
/// Ranks a scenario's assumed parameters (declared once, with plausible ranges, in its assumptions file) by their effect on
/// the headline measures and grade probabilities. It is a one-at-a-time sweep: the baseline, then each parameter alone at
/// its low and at its high, all with the same seed and replications, so every effect is paired with the baseline
/// replication by replication. Each finished setting is saved (as a sweep's variants are), so an interrupted run resumes.
/// Writes sensitivity.csv, ranking.csv, a tornado chart with intervals per headline measure, and report.html.
/// </summary>
public static class SensitivityService
{
    /// <exception cref="InvalidRequestException">The scenario, the assumptions file or a setting is at fault.</exception>
    /// <exception cref="WorkInterruptedException">Cancelled part-way; the finished settings are saved.</exception>
    public static async Task<SensitivityOutcome> RunAsync(SensitivityRequest request, IProgress<SensitivityProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parallelism = ScenarioInput.Parallelism(request.Parallelism);
        var scenario = ScenarioInput.Load(request.ScenarioPath, request.Replications, request.Seed, request.Overrides, ScenarioInput.Options(request.AllowOutsideReferences));
        var assumptions = LoadAssumptions(request);
        var plan = SweepPlan.Check(request.ScenarioPath, Design(request.ScenarioPath, scenario, assumptions), request.Overrides, ScenarioInput.Options(request.AllowOutsideReferences));
        var directory = request.OutputDirectory ?? Path.Combine("results", "sensitivity-" + Path.GetFileNameWithoutExtension(request.ScenarioPath));
        using var folder = OutputLock.Acquire(directory);
        var checkpoint = new SweepCheckpoint(Path.Combine(directory, ".sensitivity-checkpoints"));
        if (request.Fresh)
        {
            checkpoint.Clear();
        }

        var count = plan.Variants.Count;
        progress?.Report(new SensitivityStarting(plan.Scenarios[0], assumptions, count, plan.Variants.Count(v => plan.Saved(checkpoint, v.Index) is not null)));
        Directory.CreateDirectory(checkpoint.Directory);
        var clock = Stopwatch.StartNew();
        var results = new ExperimentResult[count];
        try
        {
            for (var v = 0; v < count; v++)
            {
                var done = v;
                void Report(int finished) => progress?.Report(new SettingsFinished(done, count, (done * plan.Replications) + finished, plan.Replications));
                Report(0);
                var runs = plan.Saved(checkpoint, v);
                if (runs is null)
                {
                    var options = new ExperimentOptions { MaxParallelism = parallelism, Progress = new CallbackProgress<int>(Report) };
                    runs = (await ExperimentRunner.RunAsync(plan.Scenarios[v], options, cancellationToken).ConfigureAwait(false)).Replications;
                    checkpoint.Save(v, plan.Fingerprints[v], runs);
                }

                results[v] = new ExperimentResult { ScenarioName = plan.Scenarios[v].Name, Seed = plan.Scenarios[v].Run.Seed, Replications = runs };
            }
        }
        catch (OperationCanceledException e)
        {
            throw new WorkInterruptedException(plan.Variants.Count(v => plan.Saved(checkpoint, v.Index) is not null), count, "setting(s)", e);
        }

        progress?.Report(new SettingsFinished(count, count, count * plan.Replications, plan.Replications));
        var parameters = assumptions.Parameters;
        var settings = parameters.Select((_, p) => ExperimentDesign.OneAtATimeLowHigh(p)).Select(lh => (results[lh.Low], results[lh.High])).ToList();
        var effects = SensitivityAnalysis.Effects(parameters, results[ExperimentDesign.OneAtATimeBase], settings, SensitivityAnalysis.Measures(results[0]));
        var ranking = SensitivityAnalysis.Rank(parameters, effects);
        var files = WriteFiles(directory, plan.Scenarios[0], request.ScenarioPath, assumptions, effects, ranking);
        checkpoint.Clear();
        return new SensitivityOutcome
        {
            ScenarioName = plan.Scenarios[0].Name,
            Assumptions = assumptions,
            ReplicationsPerSetting = plan.Replications,
            Ranking = ranking,
            Effects = effects,
            Directory = directory,
            Files = files,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>The declarations the request names, or those found beside the scenario, checked against the scenario as run.</summary>
    private static AssumptionSet LoadAssumptions(SensitivityRequest request)
    {
        var path = request.AssumptionsPath
            ?? AssumptionsLoader.FindFor(request.ScenarioPath, ScenarioLoader.LoadFile(request.ScenarioPath, request.Overrides, ScenarioInput.Options(request.AllowOutsideReferences)).SourceFiles)
            ?? throw new InvalidRequestException(
                $"{request.ScenarioPath}: no assumptions file: give one with --assumptions FILE, or put it at {Path.Combine(Path.GetDirectoryName(request.ScenarioPath) ?? "", AssumptionsLoader.Folder, Path.GetFileName(request.ScenarioPath))} (see docs/assumptions-format.md).");
        var loaded = AssumptionsLoader.LoadForScenario(path, request.ScenarioPath, request.Overrides, ScenarioInput.Options(request.AllowOutsideReferences));
        if (!loaded.IsValid)
        {
            throw new InvalidRequestException($"{path}: {loaded.Problems.Count} problem(s) in the assumptions:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p))}");
        }

        return loaded.Assumptions!;
    }

    /// <summary>The one-at-a-time design the sweep machinery runs: each parameter a factor between its low and high.</summary>
    private static Experiment Design(string scenarioPath, Scenario scenario, AssumptionSet assumptions) => new()
    {
        Name = assumptions.Name,
        SourcePath = assumptions.SourcePath,
        ScenarioPath = scenarioPath,
        Replications = scenario.Run.Replications,
        Seed = scenario.Run.Seed,
        Design = DesignType.OneAtATime,
        Factors = [.. assumptions.Parameters.Select(p => new ExperimentFactor { Path = p.Path, Column = p.Path, Low = SetValue(p.Low), High = SetValue(p.High) })],
    };

    /// <summary>A number as <c>--set</c> reads it: a negative one is tagged, since a leading '-' would subtract.</summary>
    private static string SetValue(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return value < 0 ? "!!float " + text : text;
    }

    private static List<string> WriteFiles(string directory, Scenario scenario, string scenarioPath, AssumptionSet assumptions, IReadOnlyList<ParameterEffect> effects, IReadOnlyList<ParameterRank> ranking)
    {
        using var batch = OutputBatch.Begin(directory);
        var csv = Path.Combine(directory, "sensitivity.csv");
        AtomicFile.WriteAllText(csv, SensitivityCsv.Render(effects));
        var rankingCsv = Path.Combine(directory, "ranking.csv");
        AtomicFile.WriteAllText(rankingCsv, SensitivityCsv.RenderRanking(ranking));
        var charts = SensitivityReport.Charts(effects);
        var html = SensitivityReport.Render(scenario, Path.GetFullPath(scenarioPath), assumptions.SourcePath, ranking, charts);
        List<string> files = [csv, rankingCsv, .. ReportFiles.Write(directory, html, charts)];
        batch.Commit();
        return files;
    }
}
