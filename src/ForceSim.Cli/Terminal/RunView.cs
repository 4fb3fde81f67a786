using ForceSim.Experiments;
using ForceSim.Experiments.Running;
using ForceSim.Grains.Experiments;
using ForceSim.Reporting.Summaries;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>
/// A run on the terminal: what it is about to do, a progress bar while it works, then its headline tables, grades,
/// missed repeat victims and the files written.
/// </summary>
public sealed class RunView : IProgress<RunProgress>, IAsyncDisposable
{
    private readonly LiveProgress _live = new();

    public void Report(RunProgress value)
    {
        switch (value)
        {
            case RunStarting start:
                var s = start.Scenario;
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(s.Name)}[/]");
                Line($"{s.Forces.Count} force(s), {s.ControlRooms.Count} control room(s); {s.Run.Replications} replication(s) of {s.Run.HorizonDays:0.#} days after {s.Run.WarmupDays:0.#} days' warm-up; seed {s.Run.Seed}");
                if (start.Resumed > 0)
                {
                    Line($"Resuming: {start.Resumed} replication(s) already finished by an earlier run are reused.");
                }

                if (start.Host == ReplicationHost.Grains)
                {
                    Line("Host: Orleans grains in an embedded silo (one grain per control room, unit, investigation and victim).");
                }

                _live.Update(0, "Simulating", 0, s.Run.Replications);
                break;
            case ClusterRunSubmitted submitted:
                var run = submitted.Scenario.Run;
                var status = submitted.Status;
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(submitted.Scenario.Name)}[/]");
                Line($"Experiment {submitted.ExperimentId} on cluster {submitted.Cluster} ({ClusterText.Describe(status.Host)}): {status.Total} replication(s) of {run.HorizonDays:0.#} days after {run.WarmupDays:0.#} days' warm-up; seed {run.Seed}; {status.Done} already finished.");
                Line($"Re-attach from anywhere: forcesim status {submitted.ExperimentId} --cluster {submitted.Cluster}");
                Console.Out.Flush();
                _live.Update(0, $"Cluster: 0/{status.Total} replications", 0, status.Total);
                break;
            case ReplicationsFinished finished:
                _live.Update(0, $"Simulating: {finished.Done}/{finished.Total} replications", finished.Done, finished.Total);
                break;
            case ClusterRunStatus polled:
                _live.Update(0, ClusterText.Describe(polled.Status), polled.Status.Done, polled.Status.Total);
                break;
        }
    }

    /// <summary>Runs <paramref name="work"/> with this view as its progress, and ends the progress display before returning.</summary>
    public static async Task<RunOutcome> WatchAsync(Func<IProgress<RunProgress>, Task<RunOutcome>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var view = new RunView();
        var outcome = await work(view).ConfigureAwait(false);
        await view._live.CompleteAsync().ConfigureAwait(false);
        return outcome;
    }

    /// <summary>The headline table, league table, likely grades, inspection samples, grade sensitivity, missed victims and files.</summary>
    public static void Print(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var result = outcome.Result;
        var count = result.Replications.Count;
        DiagnosticsView.Print(result.Diagnostics);
        SummaryLines.Print(RunSummaryText.Sentences(outcome.Scenario, outcome.Rubric, result));
        AnsiConsole.Write(ResultsTable.Build(result.Summary, count));
        PosteriorTable.Print(outcome.Posterior, result.Summary);
        if (outcome.Scenario.Forces.Count > 1)
        {
            AnsiConsole.Write(LeagueTable.Build(outcome.Scenario, outcome.Rubric, result));
        }

        AnsiConsole.Write(GradesTable.Grades(outcome.Rubric, result));
        ExplanationLines.Print(outcome.Explanations);
        AnsiConsole.Write(GradesTable.Samples(result));
        SensitivityLines.Print(outcome.GradeSensitivity);
        if (outcome.MissedRepeatVictims.Count > 0)
        {
            AnsiConsole.MarkupLine("Repeat victims the control room did not recognise (replication 0):");
            foreach (var victim in outcome.MissedRepeatVictims)
            {
                AnsiConsole.Write(JourneyTable.Build(victim, outcome.Scenario.Run.StartDate));
            }
        }

        Line($"{count} replication(s) in {outcome.Elapsed.TotalSeconds:0.0} s ({result.EventsProcessed:N0} events). Written:");
        foreach (var file in outcome.Files)
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape(file));
        }
    }

    public static void Interrupted(WorkInterruptedException interruption)
    {
        ArgumentNullException.ThrowIfNull(interruption);
        Line($"Interrupted: {interruption.Saved} of {interruption.Total} {interruption.Noun} are saved; run the same command again to resume.");
    }

    public static void Detached(ExperimentDetachedException detached)
    {
        ArgumentNullException.ThrowIfNull(detached);
        Line($"Detached: experiment {detached.ExperimentId} carries on in the cluster. Fetch it later with: forcesim results {detached.ExperimentId} --cluster {detached.Cluster} --out {detached.Directory}");
    }

    public ValueTask DisposeAsync() => _live.DisposeAsync();

    private static void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));
}
