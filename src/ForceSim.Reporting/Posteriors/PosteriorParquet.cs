using ForceSim.Reporting.Output;
using Parquet;
using Parquet.Schema;

namespace ForceSim.Reporting.Posteriors;

/// <summary>
/// Writes a posterior as Parquet with the same columns as its CSV: <c>draw</c> (int32), <c>weight</c> (double) and one
/// double column per parameter named by its key path; the CSV's first line goes into the file's key-value metadata.
/// </summary>
public static class PosteriorParquet
{
    public static async Task WriteAsync(Stream stream, PosteriorTable table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        var drawField = new DataField<int>("draw");
        var weightField = new DataField<double>("weight");
        var parameterFields = table.Parameters.Select(p => new DataField<double>(p)).ToArray();
        var schema = new ParquetSchema([drawField, weightField, .. parameterFields]);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = table.Metadata.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        using var rowGroup = writer.CreateRowGroup();
        await rowGroup.WriteAsync<int>(drawField, table.Draws.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await rowGroup.WriteAsync<double>(weightField, table.Weights.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var p = 0; p < parameterFields.Length; p++)
        {
            var index = p;
            await rowGroup.WriteAsync<double>(parameterFields[p], table.Values.Select(v => v[index]).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the file atomically: a temporary file beside it, then a rename.</summary>
    public static Task WriteAsync(string path, PosteriorTable table, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(path, (stream, token) => WriteAsync(stream, table, token), cancellationToken);
}
