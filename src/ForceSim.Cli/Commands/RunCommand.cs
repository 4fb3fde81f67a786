using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments;
using ForceSim.Experiments.Running;
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
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/<scenario file name without .yaml>, under the current folder)." };
        var parallel = new Option<int?>("--parallel") { Description = "Replications run at once (default: one per core). Results do not depend on it." };
        var fresh = new Option<bool>("--fresh") { Description = "Ignore replications saved by an interrupted earlier run." };
        var set = SetOption.Create();
        var host = HostOption.Create();
        var rest = HostOption.CreateVictimRest();
        var cluster = ClusterOption.Create();
        var experiment = new Option<string?>("--experiment") { Description = "With --cluster: the experiment's id (default: made from the file name and time). Submitting the same id again re-attaches." };
        var command = new Command(
            "run",
            "Run a scenario and write its results folder (default results/<scenario file name>/): results.json, summary.csv, replications.csv, force-replications.csv, "
            + "grade-sensitivity.csv, run-info.json, report.html and its charts in charts/.")
        {
            scenario, replications, seed, output, parallel, fresh, set, host, rest, cluster, experiment,
        };
        var outside = OutsideReferencesOption.Create();
        command.Add(outside);
        var posterior = PosteriorOption.Create();
        command.Add(posterior);
        var security = ClusterSecurityOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            new RunRequest
            {
                ScenarioPath = parse.GetValue(scenario)!,
                AllowOutsideReferences = parse.GetValue(outside),
                Replications = parse.GetValue(replications),
                Seed = parse.GetValue(seed),
                OutputDirectory = parse.GetValue(output),
                Parallelism = parse.GetValue(parallel),
                Fresh = parse.GetValue(fresh),
                Overrides = parse.GetValue(set) ?? [],
                Host = HostOption.Parse(parse.GetValue(host)!),
                VictimRestMinutes = HostOption.VictimRestMinutes(parse.GetValue(rest)!),
                Cluster = security.Apply(parse, ClusterOption.Parse(parse.GetValue(cluster))),
                ExperimentId = parse.GetValue(experiment),
                PosteriorPath = PosteriorOption.Read(parse, posterior),
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(RunRequest request, CancellationToken cancellationToken)
    {
        using var cancel = new CancelOnCtrlC(cancellationToken);
        try
        {
            var outcome = await RunView.WatchAsync(progress => RunService.RunAsync(request, progress, cancel.Token)).ConfigureAwait(false);
            if (outcome.Cluster is { } finished)
            {
                AnsiConsole.MarkupLine(Markup.Escape(ClusterText.Describe(finished)));
            }

            RunView.Print(outcome);
            return ExitCodes.Success;
        }
        catch (WorkInterruptedException interrupted)
        {
            RunView.Interrupted(interrupted);
            return ExitCodes.Cancelled;
        }
        catch (ExperimentDetachedException detached)
        {
            RunView.Detached(detached);
            return ExitCodes.Cancelled;
        }
    }
}
