using System.Globalization;
using System.Text;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Sweeps;
using Parquet;
using Parquet.Schema;

namespace ForceSim.Reporting.Calibration;

/// <summary>
/// The posterior as weighted parameter sets, in the shared posterior format (docs/calibration.md): line 1
/// <c># forcesim posterior; model_version=N; method=TEXT; scenario=PATH; targets=PATH</c> (paths relative to the CSV),
/// line 2 <c>draw,weight,&lt;key path&gt;…</c>, then one row per draw. The Parquet file holds the same columns, with the
/// header's fields as key-value metadata.
/// </summary>
public sealed record PosteriorTable(int ModelVersion, string Method, string ScenarioPath, string TargetsPath, IReadOnlyList<string> Parameters, IReadOnlyList<(double Weight, double[] Values)> Draws)
{
    /// <summary>The CSV text, with the scenario and targets paths written relative to <paramref name="csvPath"/>'s folder.</summary>
    public string RenderCsv(string csvPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(csvPath)) ?? ".";
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"# forcesim posterior; model_version={ModelVersion}; method={Method}; scenario={Relative(folder, ScenarioPath)}; targets={Relative(folder, TargetsPath)}\n");
        text.Append("draw,weight");
        foreach (var p in Parameters)
        {
            text.Append(',').Append(SweepTable.Escape(p));
        }

        text.Append('\n');
        for (var d = 0; d < Draws.Count; d++)
        {
            text.Append(d.ToString(c)).Append(',').Append(Draws[d].Weight.ToString("R", c));
            foreach (var v in Draws[d].Values)
            {
                text.Append(',').Append(v.ToString("R", c));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes the CSV at <paramref name="csvPath"/> and the Parquet file beside it (same name, .parquet), atomically.</summary>
    public async Task<IReadOnlyList<string>> WriteAsync(string csvPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        AtomicFile.WriteAllText(csvPath, RenderCsv(csvPath));
        var parquet = Path.ChangeExtension(csvPath, ".parquet");
        await AtomicFile.WriteAsync(parquet, (stream, token) => WriteParquetAsync(stream, csvPath, token), cancellationToken).ConfigureAwait(false);
        return [csvPath, parquet];
    }

    private async Task WriteParquetAsync(Stream stream, string csvPath, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(csvPath)) ?? ".";
        var draw = new DataField<int>("draw");
        var weight = new DataField<double>("weight");
        var fields = Parameters.Select(p => new DataField<double>(p)).ToArray();
        var schema = new ParquetSchema([draw, weight, .. fields]);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string>
        {
            ["forcesim.model_version"] = ModelVersion.ToString(CultureInfo.InvariantCulture),
            ["forcesim.method"] = Method,
            ["forcesim.scenario"] = Relative(folder, ScenarioPath),
            ["forcesim.targets"] = Relative(folder, TargetsPath),
        };
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(draw, Enumerable.Range(0, Draws.Count).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<double>(weight, Draws.Select(d => d.Weight).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var j = 0; j < fields.Length; j++)
        {
            var index = j;
            await group.WriteAsync<double>(fields[j], Draws.Select(d => d.Values[index]).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Relative(string folder, string path) =>
        path.Length == 0 ? "" : Path.GetRelativePath(folder, Path.GetFullPath(path)).Replace('\\', '/');
}
