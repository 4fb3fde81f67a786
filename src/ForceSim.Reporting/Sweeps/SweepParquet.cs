using System.Globalization;
using ForceSim.Reporting.Output;
using Parquet;
using Parquet.Schema;

namespace ForceSim.Reporting.Sweeps;

/// <summary>
/// Writes a sweep's tidy table as Parquet with the same columns as <c>sweep.csv</c>: <c>variant</c> and <c>replication</c>
/// (int32), one column per factor (double when every value of that factor is a number, else string; empty where the factor
/// is at the scenario's value), <c>measure</c> (string) and <c>value</c> (nullable double). One row group per variant.
/// </summary>
public static class SweepParquet
{
    public static async Task WriteAsync(Stream stream, SweepTable table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows;
        var numeric = table.FactorColumns.Select((_, f) => rows.All(r => r.FactorValues[f] is not { } v || TryNumber(v, out double _))).ToArray();
        var variantField = new DataField<int>("variant");
        var replicationField = new DataField<int>("replication");
        var factorFields = table.FactorColumns
            .Select((name, f) => numeric[f] ? (DataField)new DataField<double?>(name) : new DataField<string>(name))
            .ToArray();
        var measureField = new DataField<string>("measure");
        var valueField = new DataField<double?>("value");
        var schema = new ParquetSchema([variantField, replicationField, .. factorFields, measureField, valueField]);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(r => r.Variant))
        {
            var list = group.ToList();
            using var rowGroup = writer.CreateRowGroup();
            await rowGroup.WriteAsync<int>(variantField, list.Select(r => r.Variant).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rowGroup.WriteAsync<int>(replicationField, list.Select(r => r.Replication).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var f = 0; f < factorFields.Length; f++)
            {
                var index = f;
                if (numeric[f])
                {
                    var values = list.Select(r => r.FactorValues[index] is { } v && TryNumber(v, out var d) ? d : (double?)null).ToArray();
                    await rowGroup.WriteAsync<double>(factorFields[f], values, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await rowGroup.WriteAsync(factorFields[f], list.Select(r => r.FactorValues[index]).ToArray()!, null).ConfigureAwait(false);
                }
            }

            await rowGroup.WriteAsync(measureField, list.Select(r => r.Measure).ToArray(), null).ConfigureAwait(false);
            await rowGroup.WriteAsync<double>(valueField, list.Select(r => r.Value).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the file atomically: a temporary file beside it, then a rename.</summary>
    public static Task WriteAsync(string path, SweepTable table, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(path, (stream, token) => WriteAsync(stream, table, token), cancellationToken);

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
