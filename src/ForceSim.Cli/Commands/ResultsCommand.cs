using System.CommandLine;
using System.Diagnostics;
using ForceSim.Cli.Cluster;
using ForceSim.Grains.Experiments;
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
        command.SetAction(parse => Execute(parse.GetValue(experiment)!, parse.GetValue(cluster)!, parse.GetValue(output), parse.GetValue(wait)));
        return command;
    }

    private static int Execute(string id, string cluster, string? output, bool wait)
    {
        ClusterRun.CheckExperimentId(id);
        var address = ClusterOption.Parse(cluster);
        var directory = output ?? Path.Combine("results", id);
        var clock = Stopwatch.StartNew();
        using var session = ClusterSession.Open(address);
        var experiment = session.Grains.GetGrain<IExperimentGrain>(id);
        var status = ExperimentWatch.Poll(experiment, session.Stopping);
        if (!status.Exists)
        {
            throw new BadInputException($"No experiment '{id}' on cluster {address}.");
        }

        if (status.Error is not null)
        {
            throw new InvalidOperationException($"Experiment {id} failed: {status.Error}");
        }

        if (!status.IsFinished)
        {
            if (!wait)
            {
                throw new BadInputException($"Experiment {id} has finished {status.Done} of {status.Total} replications; wait for it (--wait) or check with `forcesim status {id} --cluster {address}`.");
            }

            status = ExperimentWatch.UntilFinished(experiment, status.Total, session.Stopping);
        }

        var spec = experiment.Spec().GetAwaiter().GetResult();
        var result = ExperimentDownload.Fetch(session.Grains, status);
        var source = $"experiment {id} on cluster {address}";
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(status.ScenarioName)}[/]");
        RunPublisher.Publish(directory, source, spec.Scenario, result, ClusterRun.Info(source, status, result, address, clock.Elapsed), null, clock.Elapsed);
        return ExitCodes.Success;
    }
}
