using ForceSim.Engine.Running;
using ForceSim.Model.Experiments;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Summaries;
using ForceSim.Reporting.Sweeps;

namespace ForceSim.Experiments.Sweeping;

/// <summary>A finished sweep's files: sweep.csv (from the streamed partial), sweep.parquet, variants.csv, posterior-split.csv with --posterior, tornado.csv and the report.</summary>
internal static class SweepFiles
{
    public static async Task<(IReadOnlyList<string> Files, IReadOnlyList<TornadoBar> Tornado, IReadOnlyList<string> Summary)> WriteAsync(
        string directory,
        SweepPlan plan,
        string partial,
        SweepTable table,
        IReadOnlyList<IReadOnlyList<ReplicationResult>> results,
        IReadOnlyList<SortedDictionary<string, ParameterSplit>>? splits,
        string? posteriorSentence,
        CancellationToken cancellationToken)
    {
        using var batch = OutputBatch.Begin(directory);
        var experiment = plan.Experiment;
        var files = new List<string>();
        var sweepCsv = Path.Combine(directory, "sweep.csv");
        AtomicFile.Move(partial, sweepCsv);
        files.Add(sweepCsv);
        var parquet = Path.Combine(directory, "sweep.parquet");
        await SweepParquet.WriteAsync(parquet, table, cancellationToken).ConfigureAwait(false);
        files.Add(parquet);
        var variantsCsv = Path.Combine(directory, "variants.csv");
        AtomicFile.WriteAllText(variantsCsv, VariantsCsv.Render(experiment, plan.Variants));
        files.Add(variantsCsv);
        if (splits is not null)
        {
            var splitCsv = Path.Combine(directory, SweepPosteriorSplit.FileName);
            AtomicFile.WriteAllText(splitCsv, SweepPosteriorSplit.Csv(splits));
            files.Add(splitCsv);
        }

        IReadOnlyList<TornadoBar> tornado = [];
        IReadOnlyList<ReportChart> charts = [];
        if (experiment.Design == DesignType.OneAtATime)
        {
            tornado = Tornado(plan, results);
            var tornadoCsv = Path.Combine(directory, "tornado.csv");
            AtomicFile.WriteAllText(tornadoCsv, TornadoCsv.Render(tornado));
            files.Add(tornadoCsv);
            charts = SweepReport.TornadoCharts(tornado);
        }

        var html = SweepReport.Render(
            experiment.Name,
            plan.Scenarios[0],
            experiment.ScenarioPath,
            plan.Columns,
            [.. plan.Variants.Select(v => (IReadOnlyList<string?>)[.. v.Values])],
            results,
            plan.Keeps,
            charts,
            posteriorSentence);
        files.AddRange(ReportFiles.Write(directory, html, charts));
        batch.Commit();
        return (files, tornado, SweepSummaryText.Sentences(plan.Columns, [.. plan.Variants.Select(v => (IReadOnlyList<string?>)[.. v.Values])], results, plan.Keeps));
    }

    /// <summary>One-at-a-time bars: each factor's low and high variant against the base, in the design's own layout.</summary>
    private static IReadOnlyList<TornadoBar> Tornado(SweepPlan plan, IReadOnlyList<IReadOnlyList<ReplicationResult>> results) =>
        TornadoCsv.Bars(
            plan.Columns,
            results[ExperimentDesign.OneAtATimeBase],
            [.. plan.Experiment.Factors.Select((_, f) => ExperimentDesign.OneAtATimeLowHigh(f)).Select(v => (results[v.Low], results[v.High]))],
            plan.Keeps);
}
