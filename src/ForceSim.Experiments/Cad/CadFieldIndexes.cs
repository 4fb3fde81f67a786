using CsvHelper;
using ForceSim.Reporting.Cad;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// Where each documented column is in an extract's header (-1 when absent): resolved once, so rows are read by index
/// and a column the mapping does not name is never touched.
/// </summary>
internal sealed class CadFieldIndexes
{
    public int Force { get; private init; } = -1;

    public int Created { get; private init; } = -1;

    public int Channel { get; private init; } = -1;

    public int Type { get; private init; } = -1;

    public int Grade { get; private init; } = -1;

    public int Area { get; private init; } = -1;

    public int Dispatched { get; private init; } = -1;

    public int Arrived { get; private init; } = -1;

    public int Cleared { get; private init; } = -1;

    public int CrimeRecorded { get; private init; } = -1;

    /// <summary>Resolves the mapping against the header; a required column, or one the user named, that is missing is an error.</summary>
    public static CadFieldIndexes Resolve(CsvReader csv, ColumnMapping mapping, string path)
    {
        var missing = new List<string>();
        int Find(string column)
        {
            var header = mapping.HeaderOf(column);
            if (csv.TryGetFieldIndex(header, out var index))
            {
                return index;
            }

            if (CadColumns.Required.Contains(column) || mapping.Names(column))
            {
                missing.Add(header == column ? column : $"{column} (mapped to '{header}')");
            }

            return -1;
        }

        var indexes = new CadFieldIndexes
        {
            Force = Find(CadColumns.Force),
            Created = Find(CadColumns.Created),
            Channel = Find(CadColumns.Channel),
            Type = Find(CadColumns.IncidentType),
            Grade = Find(CadColumns.Grade),
            Area = Find(CadColumns.Area),
            Dispatched = Find(CadColumns.Dispatched),
            Arrived = Find(CadColumns.Arrived),
            Cleared = Find(CadColumns.Cleared),
            CrimeRecorded = Find(CadColumns.CrimeRecorded),
        };
        if (missing.Count > 0)
        {
            var seen = string.Join(", ", csv.Headers.Take(40).Select(h => $"'{h}'"));
            throw new InvalidRequestException(
                $"{path}:1: the header lacks column(s) {string.Join(", ", missing)}; it has {seen}. Name a force's own columns with --columns (e.g. --columns created=CreatedDate).");
        }

        return indexes;
    }
}
