using System.CommandLine;
using System.Diagnostics;
using ForceSim.Cli.Hosts;
using ForceSim.Cli.Terminal;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Running;
using ForceSim.Engine.Victims;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Report;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary><c>forcesim run SCENARIO</c>: run the replications, print the headline table, write the results folder.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications to run (overrides run.replications)." };
        var seed = new Option<long?>("--seed", "-s") { Description = "Run seed (overrides run.seed)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/<scenario name>)." };
        var parallel = new Option<int?>("--parallel") { Description = "Replications run at once (default: one per core). Results do not depend on it." };
        var fresh = new Option<bool>("--fresh") { Description = "Ignore replications saved by an interrupted earlier run." };
        var set = ScenarioInput.CreateSetOption();
        var host = HostOption.Create();
        var rest = HostOption.CreateVictimRest();
        var command = new Command("run", "Run a scenario and write results.json, replications.csv and run-info.json.")
        {
            scenario, replications, seed, output, parallel, fresh, set, host, rest,
        };
        command.SetAction(parse => Execute(
            parse.GetValue(scenario)!,
            parse.GetValue(replications),
            parse.GetValue(seed),
            parse.GetValue(output),
            parse.GetValue(parallel),
            parse.GetValue(fresh),
            parse.GetValue(set) ?? [],
            parse.GetValue(host)!,
            HostOption.VictimRestMinutes(parse.GetValue(rest)!)));
        return command;
    }

    /// <summary>Up to this many replications keep their tallies for the report's charts; beyond it replication 0 is re-run alone.</summary>
    private const int MaxKeptTallies = 50;

    private static IReadOnlyList<string> WriteReport(string directory, string path, Model.Scenarios.Scenario scenario, CompiledScenario model, ExperimentResult result)
    {
        // Resumed replications come back without tallies; chart those that kept them, else re-run replication 0.
        var tallies = result.Replications.Where(r => r.Tally is not null).Select(r => r.Tally!).ToList();
        if (tallies.Count == 0)
        {
            tallies.Add(ReplicationRunner.Run(model, 0, keepTally: true).Tally!);
        }

        var charts = RunCharts.Build(scenario, model.Rubric, result, tallies);
        return ReportFiles.Write(directory, RunReport.Render(scenario, Path.GetFullPath(path), model.Rubric, result, charts), charts);
    }

    private static int Execute(string path, int? replications, long? seed, string? output, int? parallel, bool fresh, string[] overrides, string host, double victimRestMinutes)
    {
        var scenario = ScenarioInput.Load(path, replications, seed, overrides);
        var parallelism = parallel ?? Environment.ProcessorCount;
        if (parallelism < 1)
        {
            throw new BadInputException($"--parallel must be 1 or more (got {parallelism}).");
        }

        var directory = output ?? Path.Combine("results", Path.GetFileNameWithoutExtension(path));
        var checkpoint = new ReplicationCheckpoint(Path.Combine(directory, ".checkpoints"), ScenarioInput.Fingerprint(path, scenario, overrides));
        if (fresh)
        {
            checkpoint.Clear();
        }

        var count = scenario.Run.Replications;
        var resumed = Enumerable.Range(0, count).Count(i => checkpoint.TryLoad(i) is not null);
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/]");
        AnsiConsole.MarkupLine(Markup.Escape(
            $"{scenario.Forces.Count} force(s), {scenario.ControlRooms.Count} control room(s); {count} replication(s) of {scenario.Run.HorizonDays:0.#} days after {scenario.Run.WarmupDays:0.#} days' warm-up; seed {scenario.Run.Seed}"));
        if (resumed > 0)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"Resuming: {resumed} replication(s) already finished by an earlier run are reused."));
        }

        using var cancel = new CancelOnCtrlC();
        var clock = Stopwatch.StartNew();
        var grains = host == HostOption.Grains ? GrainHostSession.StartAsync(victimRestMinutes).GetAwaiter().GetResult() : null;
        if (grains is not null)
        {
            AnsiConsole.MarkupLine(Markup.Escape("Host: Orleans grains in an embedded silo (one grain per control room, unit, investigation and victim)."));
        }

        try
        {
            var result = ReplicationProgress.Run("Simulating", count, progress => ExperimentRunner.Run(
                scenario,
                new ExperimentOptions
                {
                    MaxParallelism = parallelism,
                    KeepTallies = count <= MaxKeptTallies,
                    TryResume = checkpoint.TryLoad,
                    OnFinished = checkpoint.Save,
                    Progress = progress,
                    RunReplication = grains is null ? null : grains.RunReplication,
                },
                cancel.Token));
            clock.Stop();
            var info = new RunInfo
            {
                ScenarioFile = Path.GetFullPath(path),
                ScenarioName = scenario.Name,
                Seed = scenario.Run.Seed,
                Replications = count,
                ResumedReplications = resumed,
                WallSeconds = clock.Elapsed.TotalSeconds,
                EventsProcessed = result.EventsProcessed,
                Parallelism = parallelism,
                Host = host,
            };
            var model = new CompiledScenario(scenario);
            var rubric = model.Rubric;
            var sensitivity = GradeSensitivity.Analyse(rubric, [.. result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures)]);
            var files = ResultsWriter.Write(directory, result, info).ToList();
            var sensitivityFile = Path.Combine(directory, "grade-sensitivity.csv");
            AtomicFile.WriteAllText(sensitivityFile, GradeSensitivityCsv.Render(sensitivity));
            files.Add(sensitivityFile);
            files.AddRange(WriteReport(directory, path, scenario, model, result));
            checkpoint.Clear();
            AnsiConsole.Write(ResultsTable.Build(result.Summary, count));
            if (scenario.Forces.Count > 1)
            {
                AnsiConsole.Write(LeagueTable.Build(scenario, result));
            }

            AnsiConsole.Write(GradesTable.Grades(rubric, result));
            AnsiConsole.Write(GradesTable.Samples(result));
            SensitivityLines.Print(sensitivity);
            PrintMissedRepeatVictims(scenario, grains);
            AnsiConsole.MarkupLine(Markup.Escape($"{count} replication(s) in {clock.Elapsed.TotalSeconds:0.0} s ({result.EventsProcessed:N0} events). Written:"));
            foreach (var file in files)
            {
                AnsiConsole.MarkupLine("  " + Markup.Escape(file));
            }

            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            var saved = Enumerable.Range(0, count).Count(i => checkpoint.TryLoad(i) is not null);
            AnsiConsole.MarkupLine(Markup.Escape($"Interrupted: {saved} of {count} replication(s) are saved; run the same command again to resume."));
            return ExitCodes.Cancelled;
        }
        finally
        {
            grains?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Shows a few repeat victims the control room did not recognise in replication 0: asked of their grains on the
    /// grain host, or from an in-memory replay (same seed, same world) when replication 0 did not run on grains here.
    /// </summary>
    private static void PrintMissedRepeatVictims(Scenario scenario, GrainHostSession? grains)
    {
        IReadOnlyList<VictimJourney> missed;
        if (grains?.FirstRun is not null)
        {
            missed = grains.MissedRepeatVictims(count: 2).GetAwaiter().GetResult();
        }
        else
        {
            var run = new InProcessRun(new CompiledScenario(scenario), replication: 0);
            run.Run();
            missed = MissedRepeatVictims.From(run, count: 2);
        }

        if (missed.Count == 0)
        {
            return;
        }

        AnsiConsole.MarkupLine("Repeat victims the control room did not recognise (replication 0):");
        foreach (var victim in missed)
        {
            AnsiConsole.Write(JourneyTable.Build(victim, scenario.Run.StartDate));
        }
    }
}
