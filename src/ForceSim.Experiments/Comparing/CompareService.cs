using System.Diagnostics;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Cluster;
using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Running;
using ForceSim.Experiments.Scenarios;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Tables;

namespace ForceSim.Experiments.Comparing;

/// <summary>
/// Runs a base and its what-ifs with the base's seed and replications (common random numbers, so replication i of each
/// meets the same callers) and compares each option with the base, replication by replication. Writes each scenario's
/// results, comparison.csv and the report. Options that cannot be paired with the base (<see cref="Comparability"/>) are
/// refused unless the request asks for unpaired intervals.
/// </summary>
public static class CompareService
{
    public static async Task<CompareOutcome> RunAsync(CompareRequest request, IProgress<CompareProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cluster is null && request.ExperimentId is not null)
        {
            throw new InvalidRequestException("--experiment names an experiment on a cluster; give --cluster too.");
        }

        var parallelism = ScenarioInput.Parallelism(request.Parallelism);
        var baseScenario = ScenarioInput.Load(request.BasePath, request.Replications, request.Seed, request.Overrides, options: ScenarioInput.Options(request.AllowOutsideReferences));
        var run = baseScenario.Run;
        var scenarios = new List<(string Path, Scenario Scenario)> { (request.BasePath, baseScenario) };
        scenarios.AddRange(request.OptionPaths.Select(p => (p, ScenarioInput.Load(p, request.Replications, request.Seed, request.Overrides, options: ScenarioInput.Options(request.AllowOutsideReferences)))));
        if (!request.Unpaired)
        {
            Comparability.RequirePaired(request.BasePath, baseScenario, [.. scenarios.Skip(1)]);
        }

        var posterior = PosteriorScenarios.Prepare(request.PosteriorPath, request.BasePath, ScenarioInput.Options(request.AllowOutsideReferences));
        var models = scenarios.Select(s => posterior?.ScenariosFor(s.Path, [], s.Scenario)).ToList();
        var directory = request.OutputDirectory ?? Path.Combine("results", "compare-" + Path.GetFileNameWithoutExtension(request.BasePath));
        using var folder = OutputLock.Acquire(directory);
        using var batch = OutputBatch.Begin(directory);
        progress?.Report(new CompareStarting(baseScenario.Name, [.. scenarios.Skip(1).Select(s => s.Scenario.Name)], run.Replications, run.Seed, !request.Unpaired));

        var clock = Stopwatch.StartNew();
        var fromCluster = request.Cluster is { } cluster
            ? await ClusterCompare.RunAsync(request, scenarios, models, cluster, directory, progress, cancellationToken).ConfigureAwait(false)
            : null;
        var results = new List<ExperimentResult>();
        var explanations = new List<IReadOnlyList<GradeExplanation>>();
        var attendance = new List<ForceTally?>();
        var posteriors = new List<PosteriorSummary>();
        IReadOnlyList<ReplicationResult> baseTwins = [];
        foreach (var (path, scenario) in scenarios)
        {
            var index = results.Count;
            var reporter = progress is null ? null : new CallbackProgress<int>(done => progress.Report(new ScenarioReplicationsFinished(index, scenario.Name, done, scenario.Run.Replications)));
            var (result, split, twins) = fromCluster is null
                ? await RunAsync(scenario, models[index], new ExperimentOptions { MaxParallelism = parallelism, Progress = reporter, KeepFirstTally = true }, cancellationToken).ConfigureAwait(false)
                : FromCluster(scenario, models[index], fromCluster[index]);
            if (split is not null)
            {
                // A what-if's change from the base splits the same way, replication by replication and twin by twin.
                split = index == 0 ? split : split with { ChangeFromBase = ParameterUncertainty.SplitChange(results[0], baseTwins, result, twins, ComparedMeasures(results[0])) };
                baseTwins = index == 0 ? twins : baseTwins;
                posteriors.Add(split);
            }

            // The attendance chart draws replication 0, replayed here when it ran on a cluster (which returns measures
            // alone), so a compare on a cluster writes the local report's bytes. Tallies never change a measure.
            var first = result.Replications.FirstOrDefault(r => r.Replication == 0)?.Tally
                ?? FirstReplicationReplay.Run(new CompiledScenario(models[index] is { } drawn ? drawn.Scenarios[drawn.Draws[0]] : scenario), 0, cancellationToken).Tally;
            attendance.Add(RunCharts.MergeForces([first]));
            result = result with { Replications = [.. result.Replications.Select(r => r.Tally is null ? r : r with { Tally = null })] };
            explanations.Add(GradeExplainer.Explain(new CompiledScenario(scenario).Rubric, result));
            ResultsWriter.Write(Path.Combine(directory, Path.GetFileNameWithoutExtension(path)), result, new RunInfo
            {
                ScenarioFile = Path.GetFullPath(path),
                ScenarioName = scenario.Name,
                Seed = scenario.Run.Seed,
                Replications = scenario.Run.Replications,
                ResumedReplications = 0,
                WallSeconds = clock.Elapsed.TotalSeconds,
                EventsProcessed = result.EventsProcessed,
                Parallelism = parallelism,
                Host = request.Cluster is null ? "in-process" : $"cluster {request.Cluster}",
            }, explanations[^1], split);
            results.Add(result);
            clock.Restart();
        }

        var baseResult = results[0];
        var options = results.Skip(1)
            .Select(option => (option.ScenarioName, (IReadOnlyList<OptionDifference>)[.. ComparedMeasures(baseResult).Select(m => request.Unpaired ? UnpairedComparison.Of(baseResult, option, m) : PairedComparison.Of(baseResult, option, m))]))
            .ToList();
        var comparisonFile = Path.Combine(directory, "comparison.csv");
        AtomicFile.WriteAllText(comparisonFile, ComparisonCsv.Render(options, paired: !request.Unpaired));
        var grades = results.Skip(1).Select((option, i) => OptionGrades.Between(option.ScenarioName, explanations[0], explanations[i + 1])).ToList();
        var charts = CompareCharts.Build(baseScenario, new CompiledScenario(baseScenario).Rubric, baseResult.ScenarioName, options, attendance, paired: !request.Unpaired);
        ReportFiles.Write(directory, CompareReport.Render(baseScenario, Path.GetFullPath(request.BasePath), options, charts, grades, paired: !request.Unpaired), charts);
        batch.Commit();
        return new CompareOutcome
        {
            BaseName = baseResult.ScenarioName,
            Options = options,
            Paired = !request.Unpaired,
            Grades = grades,
            Directory = directory,
            ComparisonFile = comparisonFile,
            ReportFile = Path.Combine(directory, "report.html"),
            Posteriors = posteriors,
        };
    }

    /// <summary>One scenario's replications, each with its drawn parameter set when there is a posterior.</summary>
    private static async Task<(ExperimentResult Result, PosteriorSummary? Posterior, IReadOnlyList<ReplicationResult> Twins)> RunAsync(
        Scenario scenario, PosteriorModels? models, ExperimentOptions options, CancellationToken cancellationToken)
    {
        if (models is null)
        {
            return (await ExperimentRunner.RunAsync(scenario, options, cancellationToken).ConfigureAwait(false), null, []);
        }

        return await PosteriorRuns.RunAsync(scenario, models, new CompiledScenario(scenario).Rubric, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One scenario's replications as they came back from a cluster, parted into results and twins when there is a posterior.</summary>
    private static (ExperimentResult Result, PosteriorSummary? Posterior, IReadOnlyList<ReplicationResult> Twins) FromCluster(Scenario scenario, PosteriorModels? models, ExperimentResult all) =>
        models is null ? (all, null, []) : PosteriorRuns.Split(all, scenario.Run.Replications, models, new CompiledScenario(scenario).Rubric);

    /// <summary>The headline measures plus every grade probability the base produced.</summary>
    public static IEnumerable<string> ComparedMeasures(ExperimentResult baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return MeasureCatalog.Headline.Select(m => m.Name)
            .Concat(baseline.Summary.Keys.Where(k => k.StartsWith("grades.", StringComparison.Ordinal)));
    }
}
