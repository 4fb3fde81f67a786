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

/// <summary>
/// What every finished run leaves behind, whoever ran the replications (this process, an embedded silo or a cluster):
/// the results folder and the headline tables. One place, so the files are the same bytes for the same replications.
/// </summary>
public static class RunPublisher
{
    /// <summary>Up to this many replications keep their tallies for the report's charts; beyond it replication 0 is re-run alone.</summary>
    public const int MaxKeptTallies = 50;

    /// <param name="source">What to name as the scenario's source in the report (a file, or an experiment on a cluster).</param>
    public static void Publish(string directory, string source, Scenario scenario, ExperimentResult result, RunInfo info, GrainHostSession? grains, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var count = result.Replications.Count;
        var model = new CompiledScenario(scenario);
        var rubric = model.Rubric;
        var sensitivity = GradeSensitivity.Analyse(rubric, [.. result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures)]);
        var files = ResultsWriter.Write(directory, result, info).ToList();
        var sensitivityFile = Path.Combine(directory, "grade-sensitivity.csv");
        AtomicFile.WriteAllText(sensitivityFile, GradeSensitivityCsv.Render(sensitivity));
        files.Add(sensitivityFile);
        files.AddRange(WriteReport(directory, source, scenario, model, result));
        AnsiConsole.Write(ResultsTable.Build(result.Summary, count));
        if (scenario.Forces.Count > 1)
        {
            AnsiConsole.Write(LeagueTable.Build(scenario, result));
        }

        AnsiConsole.Write(GradesTable.Grades(rubric, result));
        AnsiConsole.Write(GradesTable.Samples(result));
        SensitivityLines.Print(sensitivity);
        PrintMissedRepeatVictims(scenario, grains);
        AnsiConsole.MarkupLine(Markup.Escape($"{count} replication(s) in {elapsed.TotalSeconds:0.0} s ({result.EventsProcessed:N0} events). Written:"));
        foreach (var file in files)
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape(file));
        }
    }

    private static IReadOnlyList<string> WriteReport(string directory, string source, Scenario scenario, CompiledScenario model, ExperimentResult result)
    {
        // Resumed or remote replications come back without tallies; chart those that kept them, else re-run replication 0.
        var tallies = result.Replications.Where(r => r.Tally is not null).Select(r => r.Tally!).ToList();
        if (tallies.Count == 0)
        {
            tallies.Add(ReplicationRunner.Run(model, 0, keepTally: true).Tally!);
        }

        var charts = RunCharts.Build(scenario, model.Rubric, result, tallies);
        return ReportFiles.Write(directory, RunReport.Render(scenario, source, model.Rubric, result, charts), charts);
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
