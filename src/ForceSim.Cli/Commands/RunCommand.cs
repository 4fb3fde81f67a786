using System.CommandLine;
using System.Diagnostics;
using ForceSim.Cli.Cluster;
using ForceSim.Cli.Hosts;
using ForceSim.Grains.Experiments;
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
        var cluster = ClusterOption.Create();
        var experiment = new Option<string?>("--experiment") { Description = "With --cluster: the experiment's id (default: made from the file name and time). Submitting the same id again re-attaches." };
        var command = new Command("run", "Run a scenario and write results.json, replications.csv and run-info.json.")
        {
            scenario, replications, seed, output, parallel, fresh, set, host, rest, cluster, experiment,
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
            HostOption.VictimRestMinutes(parse.GetValue(rest)!),
            parse.GetValue(cluster),
            parse.GetValue(experiment)));
        return command;
    }

    private static int Execute(string path, int? replications, long? seed, string? output, int? parallel, bool fresh, string[] overrides, string host, double victimRestMinutes, string? cluster, string? experiment)
    {
        var address = cluster is null ? null : ClusterOption.Parse(cluster);
        if (address is null && experiment is not null)
        {
            throw new BadInputException("--experiment names an experiment on a cluster; give --cluster too.");
        }

        var scenario = ScenarioInput.Load(path, replications, seed, overrides);
        var parallelism = parallel ?? Environment.ProcessorCount;
        if (parallelism < 1)
        {
            throw new BadInputException($"--parallel must be 1 or more (got {parallelism}).");
        }

        var directory = output ?? Path.Combine("results", Path.GetFileNameWithoutExtension(path));
        if (address is not null)
        {
            // On a cluster --host says how the silos run each replication: the engine in a worker slot, or grains spread over the cluster.
            var onCluster = host == HostOption.Grains ? ReplicationHost.Grains : ReplicationHost.InProcess;
            return ClusterRun.Execute(path, scenario, overrides, directory, address, experiment, onCluster, victimRestMinutes);
        }

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
                    KeepTallies = count <= RunPublisher.MaxKeptTallies,
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
            RunPublisher.Publish(directory, Path.GetFullPath(path), scenario, result, info, grains, clock.Elapsed);
            checkpoint.Clear();
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
}
