using ForceSim.Engine.Grading;
using ForceSim.Engine.Running;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Reporting.Output;

/// <summary>Writes a run's output folder: results.json, replications.csv, force-replications.csv, run-info.json and summary.csv, each atomically.</summary>
public static class ResultsWriter
{
    /// <param name="explanations">Each graded area's explanation for results.json, when the caller has the rubric.</param>
    /// <param name="posterior">For a run with <c>--posterior</c>: its draws and uncertainty split for results.json.</param>
    public static IReadOnlyList<string> Write(string directory, ExperimentResult result, RunInfo info, IReadOnlyList<GradeExplanation>? explanations = null, PosteriorSummary? posterior = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        AtomicFile.CreateFolder(directory);
        var files = new (string Name, string Text)[]
        {
            ("results.json", ResultsJson.Render(result, explanations, posterior)),
            ("replications.csv", ReplicationsCsv.Render(result)),
            ("force-replications.csv", ReplicationsCsv.RenderForces(result)),
            ("run-info.json", info.Render()),
            ("summary.csv", SummaryCsv.Render(result)),
        };
        foreach (var (name, text) in files)
        {
            AtomicFile.WriteAllText(Path.Combine(directory, name), text);
        }

        return [.. files.Select(f => Path.Combine(directory, f.Name))];
    }
}
