using ForceSim.Engine.Compilation;
using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.League;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Report;

namespace ForceSim.Experiments.Running;

/// <summary>
/// What every finished run leaves behind, whoever ran the replications (this process, an embedded silo or a cluster):
/// the results folder, the grade sensitivity and the missed repeat victims' journeys. One place, so the files are the
/// same bytes for the same replications.
/// </summary>
internal static class RunPublication
{
    /// <summary>Up to this many replications keep their tallies for the report's charts; beyond it only replication 0's is kept.</summary>
    public const int MaxKeptTallies = 50;

    /// <summary>Missed repeat victims whose journeys a run shows.</summary>
    public const int MissedVictimsShown = 2;

    /// <param name="source">What to name as the scenario's source in the report (a file, or an experiment on a cluster).</param>
    /// <param name="firstReplication">The host that ran the replications, if it kept what replication 0 showed.</param>
    /// <param name="posterior">For a run with a posterior: what results.json records of it, and replication 0's own model (its drawn parameters).</param>
    public static async Task<RunOutcome> PublishAsync(
        string directory,
        string source,
        Scenario scenario,
        ExperimentResult result,
        RunInfo info,
        IRecallsFirstReplication? firstReplication,
        TimeSpan elapsed,
        CancellationToken cancellationToken,
        (PosteriorSummary Summary, CompiledScenario FirstModel)? posterior = null)
    {
        // The folder's files appear together once all are written, or (disk full, say) none do.
        using var batch = OutputBatch.Begin(directory);
        var model = new CompiledScenario(scenario);
        result = StabilityDiagnosis.Apply(result, model.Rubric);
        // A withheld grade has no most likely grade for a threshold to move.
        var graded = model.Rubric with { Areas = [.. model.Rubric.Areas.Where(a => result.Diagnostics?.IsWithheld(RunDiagnostics.AllForces, a.Id) != true)] };
        var sensitivity = GradeSensitivity.Analyse(graded, [.. result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures)]);
        var explanations = GradeExplainer.Explain(model.Rubric, result);
        var files = ResultsWriter.Write(directory, result, info, explanations, posterior?.Summary).ToList();
        var sensitivityFile = Path.Combine(directory, "grade-sensitivity.csv");
        AtomicFile.WriteAllText(sensitivityFile, GradeSensitivityCsv.Render(sensitivity));
        files.Add(sensitivityFile);
        if (scenario.Forces.Count > 1)
        {
            var leagueFile = Path.Combine(directory, LeagueCsv.FileName);
            AtomicFile.WriteAllText(leagueFile, LeagueCsv.Render(LeagueStandings.Build(scenario, model.Rubric, result)));
            files.Add(leagueFile);
        }

        var tallies = result.Replications.Where(r => r.Tally is not null).Select(r => r.Tally!).ToList();
        var missed = firstReplication is null ? null : await firstReplication.MissedRepeatVictimsAsync(cancellationToken).ConfigureAwait(false);
        if (tallies.Count == 0 || missed is null)
        {
            // Replication 0 did not run here (resumed, or run on a cluster): replay it for its tally and missed victims.
            var replay = FirstReplicationReplay.Run(posterior?.FirstModel ?? model, MissedVictimsShown, cancellationToken);
            missed ??= replay.MissedRepeatVictims;
            if (tallies.Count == 0)
            {
                tallies.Add(replay.Tally);
            }
        }

        files.AddRange(WriteReport(directory, source, scenario, model, result, tallies, posterior?.Summary));
        batch.Commit();
        return new RunOutcome
        {
            Scenario = scenario,
            Rubric = model.Rubric,
            Result = result,
            GradeSensitivity = sensitivity,
            Explanations = explanations,
            MissedRepeatVictims = missed,
            Directory = directory,
            Files = files,
            Elapsed = elapsed,
            Resumed = info.ResumedReplications,
            Posterior = posterior?.Summary,
        };
    }

    private static IReadOnlyList<string> WriteReport(
        string directory, string source, Scenario scenario, CompiledScenario model, ExperimentResult result, IReadOnlyList<ReplicationTally> tallies, PosteriorSummary? posterior)
    {
        var charts = RunCharts.Build(scenario, model.Rubric, result, tallies);
        return ReportFiles.Write(directory, RunReport.Render(scenario, source, model.Rubric, result, charts, posterior), charts);
    }
}
