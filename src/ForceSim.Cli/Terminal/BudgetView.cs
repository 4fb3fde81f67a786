using System.Globalization;
using ForceSim.Experiments.Budgeting;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Summaries;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>A budget search on the terminal: the question and the steps on offer, each mix as it is simulated, then the frontier and the recommendation.</summary>
public sealed class BudgetView : IProgress<BudgetProgress>
{
    public void Report(BudgetProgress value)
    {
        switch (value)
        {
            case BudgetStarting start:
                foreach (var (role, why) in start.NotConsidered)
                {
                    Line($"Not considered: {StaffRoleNames.Key(role)} ({why}).");
                }

                var run = start.Scenario.Run;
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(start.Scenario.Name)}[/]");
                Line($"{(start.Budget > 0 ? "Spending" : "Cutting")} {BudgetTables.Pounds(Math.Abs(start.Budget))} a year. Objective: {start.Objective.Description} ({BudgetTables.Direction(start.Objective.Direction)}).");
                Line($"Every mix: {run.Replications} replication(s) of {run.HorizonDays:0.#} days after {run.WarmupDays:0.#} days' warm-up, seed {run.Seed} (common random numbers); at most {start.MaxEvaluations} mixes.");
                AnsiConsole.Write(BudgetTables.Steps(start.Steps));
                break;
            case BudgetOnCluster onCluster:
                Line($"On cluster {onCluster.Cluster} as experiment {onCluster.ExperimentId} (re-attach with --experiment {onCluster.ExperimentId}; progress: forcesim status {onCluster.ExperimentId} --cluster {onCluster.Cluster})");
                break;
            case MixStarting mix:
                Line($"  simulating mix {mix.Done + 1}: {(mix.Mix == StaffMix.None ? "base" : mix.Mix.ToString())} ({mix.Elapsed.TotalSeconds:0.0} s)");
                break;
        }
    }

    public static void Print(BudgetOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var result = outcome.Result;
        SummaryLines.Print(BudgetSummaryText.Sentences(BudgetSummaries.Of(result, outcome.Objective, outcome.Scenario.Run.Seed, outcome.Scenario.Run.Replications), outcome.Differences));
        AnsiConsole.Write(BudgetTrialsTable.Build(result, BudgetTables.Unit(outcome.Objective)));
        AnsiConsole.Write(BudgetTables.Frontier(result, MeasureLabels.Of(outcome.Objective.Text), BudgetTables.Unit(outcome.Objective)));
        AnsiConsole.Write(BudgetTables.Mix(result));
        AnsiConsole.Write(ComparisonTable.Build("base", "recommended", outcome.Differences));
        if (outcome.Posterior is { } posterior)
        {
            Line(posterior.Sentence(MeasureLabels.InSentence(outcome.Objective.Text)));
            PosteriorTable.PrintChange(posterior.ChangeFromBase);
        }

        Line(string.Create(
            CultureInfo.InvariantCulture,
            $"Stopped: {outcome.Stopped}. {result.Evaluations} mixes simulated × {outcome.Scenario.Run.Replications} replication(s) = {outcome.ReplicationsRun} simulation runs in {outcome.Elapsed.TotalSeconds:0.0} s."));
        Line($"Written: {outcome.FrontierFile}, {outcome.JsonFile} and {string.Join(", ", outcome.ReportFiles)}");
    }

    private static void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));
}
