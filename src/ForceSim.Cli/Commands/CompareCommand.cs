using System.CommandLine;
using System.Diagnostics;
using ForceSim.Cli.Terminal;
using ForceSim.Engine.Comparing;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim compare BASE WHATIF...</c>: runs every scenario with the base's seed and replications (common
/// random numbers) and shows, per measure, each option's change from the base with a paired 95% CI, the change
/// in grade probabilities and the change in annual cost.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var baseline = new Argument<string>("base") { Description = "The base scenario." };
        var options = new Argument<string[]>("whatif") { Description = "One or more what-if scenarios (often overlays that extend the base).", Arity = ArgumentArity.OneOrMore };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications for every scenario (default: the base's)." };
        var seed = new Option<long?>("--seed", "-s") { Description = "Seed for every scenario (default: the base's)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/compare-<base name>)." };
        var parallel = new Option<int?>("--parallel") { Description = "Replications run at once (default: one per core)." };
        var command = new Command("compare", "Compare what-if scenarios with a base using common random numbers and paired confidence intervals.")
        {
            baseline, options, replications, seed, output, parallel,
        };
        command.SetAction(parse => Execute(
            parse.GetValue(baseline)!, parse.GetValue(options)!, parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(output), parse.GetValue(parallel)));
        return command;
    }

    private static int Execute(string basePath, string[] optionPaths, int? replications, long? seed, string? output, int? parallel)
    {
        var parallelism = parallel ?? Environment.ProcessorCount;
        if (parallelism < 1)
        {
            throw new BadInputException($"--parallel must be 1 or more (got {parallelism}).");
        }

        var baseScenario = ScenarioInput.Load(basePath, replications, seed);
        var run = baseScenario.Run;

        // Every option uses the base's seed and replication count, so replication i of each is paired.
        var scenarios = new List<(string Path, Scenario Scenario)> { (basePath, baseScenario) };
        scenarios.AddRange(optionPaths.Select(p => (p, ScenarioInput.Load(p, run.Replications, run.Seed))));
        var directory = output ?? Path.Combine("results", "compare-" + Path.GetFileNameWithoutExtension(basePath));
        AnsiConsole.MarkupLine(Markup.Escape($"Comparing {optionPaths.Length} option(s) with \"{baseScenario.Name}\": {run.Replications} replication(s) each, seed {run.Seed} (common random numbers)."));

        var results = new List<ExperimentResult>();
        foreach (var (path, scenario) in scenarios)
        {
            var clock = Stopwatch.StartNew();
            var result = ReplicationProgress.Run(scenario.Name, run.Replications, progress =>
                ExperimentRunner.Run(scenario, new ExperimentOptions { MaxParallelism = parallelism, Progress = progress }));
            ResultsWriter.Write(Path.Combine(directory, Path.GetFileNameWithoutExtension(path)), result, new RunInfo
            {
                ScenarioFile = Path.GetFullPath(path),
                ScenarioName = scenario.Name,
                Seed = run.Seed,
                Replications = run.Replications,
                ResumedReplications = 0,
                WallSeconds = clock.Elapsed.TotalSeconds,
                EventsProcessed = result.EventsProcessed,
                Parallelism = parallelism,
            });
            results.Add(result);
        }

        var baseResult = results[0];
        var comparisons = results.Skip(1)
            .Select(option => (Option: option, Differences: ComparedMeasures(baseResult).Select(m => PairedComparison.Of(baseResult, option, m)).ToList()))
            .ToList();
        AtomicFile.WriteAllText(Path.Combine(directory, "comparison.csv"), ComparisonCsv.Render(comparisons.Select(c => (c.Option.ScenarioName, (IReadOnlyList<OptionDifference>)c.Differences))));
        foreach (var (option, differences) in comparisons)
        {
            AnsiConsole.Write(ComparisonTable.Build(baseResult.ScenarioName, option.ScenarioName, differences));
        }

        var options = comparisons.Select(c => (c.Option.ScenarioName, (IReadOnlyList<OptionDifference>)c.Differences)).ToList();
        var charts = new[] { CompareReport.Chart(baseResult.ScenarioName, options) };
        ReportFiles.Write(directory, CompareReport.Render(baseScenario, Path.GetFullPath(basePath), options, charts), charts);
        AnsiConsole.MarkupLine(Markup.Escape($"Written: {Path.Combine(directory, "comparison.csv")}, {Path.Combine(directory, "report.html")} and each scenario's results under {directory}"));
        return ExitCodes.Success;
    }

    /// <summary>The headline measures plus every grade probability the base produced.</summary>
    private static IEnumerable<string> ComparedMeasures(ExperimentResult baseline) =>
        MeasureCatalog.Headline.Select(m => m.Name)
            .Concat(baseline.Summary.Keys.Where(k => k.StartsWith("grades.", StringComparison.Ordinal)));
}
