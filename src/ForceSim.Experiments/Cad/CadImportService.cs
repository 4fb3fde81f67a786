using CsvHelper;
using ForceSim.Reporting.Cad;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// Streams an incident-level extract once, row by row, keeping only counts and sufficient statistics (bounded memory),
/// and fits one force's demand from it: profiles, channel volumes, type and grade shares, on-scene time families and
/// area shares. Only the mapped columns are read (docs/cad-import.md, for a data protection officer). Rows that cannot
/// be read are skipped and reported by line; a file that is not an extract, or has too many bad rows, is refused.
/// </summary>
public static class CadImportService
{
    public const int BadRowsListed = 20;

    public static CadImportResult Import(CadImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.ExtractPath;
        if (CadValues.Identifier(request.ForceId, "") != request.ForceId)
        {
            throw new InvalidRequestException($"--force must be a scenario force id (lower-case letters, digits, '_' or '-', starting with a letter; got '{request.ForceId}').");
        }

        if (request.MaxBadShare is < 0 or > 1)
        {
            throw new InvalidRequestException($"--max-bad-share must be from 0 to 1 (got {request.MaxBadShare}).");
        }

        var mapping = ColumnMapping.Parse(request.Columns);
        ExtractFile.CheckReadable(path);
        var tally = new CadTally();
        var bad = new List<BadRow>();
        long rows = 0, badRows = 0, otherForce = 0;
        using (var csv = ExtractFile.Open(path))
        {
            var parser = new CadRowParser(CadFieldIndexes.Resolve(csv, mapping, path), request.ForceId);
            while (ExtractFile.Read(csv, path))
            {
                if ((++rows & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (parser.OtherForce(csv))
                {
                    otherForce++;
                }
                else if (parser.Parse(csv, out var problem) is { } row)
                {
                    if (!tally.Add(row))
                    {
                        throw new InvalidRequestException($"{path}:{csv.LineNumber}: more than {CadTally.MostCodes} distinct incident types or areas; is a free-text column mapped as incident_type or area?");
                    }
                }
                else if (++badRows <= BadRowsListed)
                {
                    bad.Add(new BadRow(csv.LineNumber, problem));
                }
            }
        }

        Judge(path, request, tally, rows, badRows, bad);
        var fit = tally.Fit(request.ForceId);
        var fragment = CadFragmentYaml.Write(fit, Path.GetFileName(path));
        if (request.OutputPath is { } output)
        {
            AtomicFile.WriteAllText(output, fragment);
        }

        return new CadImportResult { Fit = fit, Fragment = fragment, FragmentPath = request.OutputPath, Rows = rows, OtherForceRows = otherForce, BadRows = badRows, FirstBadRows = bad };
    }

    /// <summary>Refuses an extract with nothing to fit, or with more bad rows than the request accepts.</summary>
    private static void Judge(string path, CadImportRequest request, CadTally tally, long rows, long badRows, List<BadRow> bad)
    {
        var listed = bad.Count > 0
            ? $"{Environment.NewLine}  " + string.Join($"{Environment.NewLine}  ", bad.Select(b => $"line {b.Line}: {b.Problem}"))
                + (badRows > bad.Count ? $"{Environment.NewLine}  … and {badRows - bad.Count} more" : "")
            : "";
        if (rows == 0)
        {
            throw new InvalidRequestException($"{path}: the extract has a header but no incident rows.");
        }

        if (tally.Rows + badRows == 0)
        {
            throw new InvalidRequestException($"{path}: none of its {rows} rows is for force '{request.ForceId}' (its force column names other forces); check --force.");
        }

        var share = (double)badRows / (tally.Rows + badRows);
        if (tally.Rows == 0 || share > request.MaxBadShare)
        {
            throw new InvalidRequestException(
                $"{path}: {badRows} of {tally.Rows + badRows} rows cannot be read ({share:P1}, more than the {request.MaxBadShare:P1} --max-bad-share accepts):{listed}");
        }

        if (!tally.HasSpan)
        {
            throw new InvalidRequestException($"{path}: at least two incidents at different times are needed to measure the period the extract covers (it has {tally.Rows}).");
        }
    }
}
