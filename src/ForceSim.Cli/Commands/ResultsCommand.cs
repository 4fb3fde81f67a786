using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments.Cluster;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary><c>forcesim results EXPERIMENT --cluster ... --out DIR</c>: writes a finished experiment's results folder from any process.</summary>
public static class ResultsCommand
{
    public static Command Create()
    {
        var experiment = new Argument<string>("experiment") { Description = "Experiment id (printed by `forcesim run ... --cluster`)." };
        var cluster = ClusterOption.Create(required: true);
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/<experiment id>)." };
        var wait = new Option<bool>("--wait") { Description = "Wait for an unfinished experiment (with a progress bar) instead of refusing." };
        var command = new Command("results", "Write the results folder of an experiment run on a cluster (the same files as `run`).") { experiment, cluster, output, wait };
        var security = ClusterSecurityOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            new ResultsRequest
            {
                ExperimentId = parse.GetValue(experiment)!,
                Cluster = security.Apply(parse, ClusterOption.Parse(parse.GetValue(cluster)))!,
                OutputDirectory = parse.GetValue(output),
                Wait = parse.GetValue(wait),
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(ResultsRequest request, CancellationToken cancellationToken)
    {
        using var cancel = new CancelOnCtrlC(cancellationToken);
        var outcome = await RunView.WatchAsync(progress => ClusterExperimentService.ResultsAsync(request, progress, cancel.Token)).ConfigureAwait(false);
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(outcome.Cluster!.ScenarioName)}[/]");
        RunView.Print(outcome);
        return ExitCodes.Success;
    }
}
