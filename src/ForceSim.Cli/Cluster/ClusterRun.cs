using System.Diagnostics;
using System.Globalization;
using ForceSim.Cli.Commands;
using ForceSim.Engine.Running;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Runs;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;
using Spectre.Console;

namespace ForceSim.Cli.Cluster;

/// <summary>
/// <c>forcesim run SCENARIO --cluster ...</c>: submits the scenario's replications as an experiment, watches it, then
/// writes the same results folder as a local run. Interrupting only detaches: the experiment carries on in the cluster.
/// </summary>
public static class ClusterRun
{
    public static int Execute(
        string path,
        Scenario scenario,
        IReadOnlyList<string> overrides,
        string directory,
        ClusterAddress address,
        string? experimentId,
        ReplicationHost host = ReplicationHost.InProcess,
        double victimRestMinutes = RunSpec.DefaultVictimRestMinutes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(address);
        var id = experimentId ?? NewId(path);
        CheckExperimentId(id);
        var fingerprint = $"{ScenarioInput.Fingerprint(path, scenario, overrides)}|replications={scenario.Run.Replications}";
        var clock = Stopwatch.StartNew();
        using var session = ClusterSession.Open(address);
        var experiment = session.Grains.GetGrain<IExperimentGrain>(id);
        var submitted = Submit(experiment, new ExperimentSpec(scenario, fingerprint, host, victimRestMinutes));
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/]");
        AnsiConsole.MarkupLine(Markup.Escape(
            $"Experiment {id} on cluster {address} ({Describe(submitted.Host)}): {submitted.Total} replication(s) of {scenario.Run.HorizonDays:0.#} days after {scenario.Run.WarmupDays:0.#} days' warm-up; seed {scenario.Run.Seed}; {submitted.Done} already finished."));
        AnsiConsole.MarkupLine(Markup.Escape($"Re-attach from anywhere: forcesim status {id} --cluster {address}"));
        Console.Out.Flush();
        ExperimentStatus finished;
        try
        {
            finished = ExperimentWatch.UntilFinished(experiment, submitted.Total, session.Stopping);
        }
        catch (OperationCanceledException)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"Detached: experiment {id} carries on in the cluster. Fetch it later with: forcesim results {id} --cluster {address} --out {directory}"));
            return ExitCodes.Cancelled;
        }

        AnsiConsole.MarkupLine(Markup.Escape(ExperimentWatch.Describe(finished)));
        var result = ExperimentDownload.Fetch(session.Grains, finished);
        clock.Stop();
        RunPublisher.Publish(directory, Path.GetFullPath(path), scenario, result, Info(Path.GetFullPath(path), finished, result, address, clock.Elapsed), null, clock.Elapsed);
        return ExitCodes.Success;
    }

    public static RunInfo Info(string source, ExperimentStatus status, ExperimentResult result, ClusterAddress address, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(result);
        return new RunInfo
        {
            ScenarioFile = source,
            ScenarioName = status.ScenarioName,
            Seed = status.Seed,
            Replications = status.Total,
            ResumedReplications = 0,
            WallSeconds = elapsed.TotalSeconds,
            EventsProcessed = result.EventsProcessed,
            Parallelism = status.FinishedBySilo.Count,
            Host = $"cluster {address} experiment {status.Id}" + (status.Host == ReplicationHost.Grains ? " (grain host)" : ""),
        };
    }

    /// <summary>Experiment ids are grain keys and Redis key parts: keep them plain.</summary>
    public static void CheckExperimentId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is 0 or > 100 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new BadInputException($"An experiment id must be 1 to 100 letters, digits, '-', '_' or '.' (got '{id}').");
        }
    }

    public static string Describe(ReplicationHost host) => host == ReplicationHost.Grains
        ? "grain host: each replication's grains spread over the silos"
        : "in-process engine in each silo's worker slots";

    /// <summary>Submits, turning the cluster's refusal (too many replications, an id used for something else) into bad input.</summary>
    public static ExperimentStatus Submit(IExperimentGrain experiment, ExperimentSpec spec)
    {
        try
        {
            return experiment.Submit(spec).GetAwaiter().GetResult();
        }
        catch (ArgumentException e)
        {
            // The cluster refused the request (too many replications, an id already used for something else).
            throw new BadInputException(e.Message, e);
        }
    }

    /// <summary>The plain characters of <paramref name="text"/> that an experiment id may hold.</summary>
    public static string IdStem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new string([.. text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
    }

    private static string NewId(string path)
    {
        var stem = IdStem(Path.GetFileNameWithoutExtension(path));
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return $"{(stem.Length == 0 ? "experiment" : stem)}-{stamp}-{Guid.NewGuid().ToString("N")[..4]}";
    }
}
