using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments.Cluster;
using ForceSim.Grains.Hosting;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary><c>forcesim status EXPERIMENT --cluster ...</c>: how far an experiment on a cluster has got, from any process.</summary>
public static class StatusCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Command Create()
    {
        var experiment = new Argument<string>("experiment") { Description = "Experiment id (printed by `forcesim run ... --cluster`)." };
        var cluster = ClusterOption.Create(required: true);
        var json = new Option<bool>("--json") { Description = "Print the status as JSON (finished replications, what each silo is running, executions per replication)." };
        var command = new Command("status", "Show the progress of an experiment on a cluster.") { experiment, cluster, json };
        var security = ClusterSecurityOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            ExecuteAsync(parse.GetValue(experiment)!, security.Apply(parse, ClusterOption.Parse(parse.GetValue(cluster)))!, parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(string id, ClusterAddress cluster, bool json, CancellationToken cancellationToken)
    {
        using var cancel = new CancelOnCtrlC(cancellationToken);
        var status = await ClusterExperimentService.StatusAsync(id, cluster, cancel.Token).ConfigureAwait(false);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(status, Json));
            return ExitCodes.Success;
        }

        var state = status.Error is not null ? $"failed: {status.Error}" : status.IsFinished ? "finished" : "running";
        AnsiConsole.MarkupLine(Markup.Escape($"Experiment {id} ({status.ScenarioName}, seed {status.Seed}): {state}"));
        AnsiConsole.MarkupLine(Markup.Escape(ClusterText.Describe(status)));
        if (status.HasVariants)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"Variants: {status.VariantReplications.Count} (replications {string.Join(", ", status.VariantReplications)}), run in that order"));
        }

        AnsiConsole.MarkupLine(Markup.Escape($"Runs on: {ClusterText.Describe(status.Host)}"));
        var reruns = status.Executions.Sum(e => Math.Max(0, e - 1));
        AnsiConsole.MarkupLine(Markup.Escape($"Submitted {status.SubmittedUtc:u}; replications re-run after a silo was lost: {reruns}"));
        return ExitCodes.Success;
    }
}
