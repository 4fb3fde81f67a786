using System.Globalization;
using System.Text;
using CsvHelper;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Experiments.Posteriors;

/// <summary>
/// Reads and writes a posterior as CSV (docs/posterior-format.md): a <c># forcesim posterior; ...</c> line, a header
/// <c>draw,weight,&lt;key path&gt;...</c>, then one row per parameter set. Doubles are written round-trip ("R",
/// invariant culture), so a file read and written again is the same bytes. Anything wrong in a file is an
/// <see cref="InvalidRequestException"/> naming the file, the line and the column or key path.
/// </summary>
public static class PosteriorFile
{
    /// <summary>The first two columns; the rest are parameters.</summary>
    public static readonly IReadOnlyList<string> FixedColumns = ["draw", "weight"];

    /// <summary>Reads and checks <paramref name="path"/>; the weights come back normalised to sum to 1.</summary>
    /// <exception cref="InvalidRequestException">The file is missing, unreadable or not a valid posterior.</exception>
    public static Posterior Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidRequestException($"{path}: cannot read the posterior: {e.Message}");
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = (newline < 0 ? text : text[..newline]).TrimEnd('\r');
        var (version, method, scenario, targets) = PosteriorHeader.Parse(path, first);
        var table = newline < 0 ? "" : text[(newline + 1)..];
        var (parameters, draws) = ReadTable(path, table);
        return new Posterior(version, method, scenario, targets, parameters, Normalised(path, draws));
    }

    /// <summary>Writes <paramref name="posterior"/> to <paramref name="path"/> atomically (a temporary file, then a rename).</summary>
    public static void Write(string path, Posterior posterior)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.WriteAllText(path, Render(posterior));
    }

    /// <summary>The CSV text of <paramref name="posterior"/>, exactly as <see cref="Write"/> writes it.</summary>
    public static string Render(Posterior posterior)
    {
        CheckShape(posterior);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.WriteLine(PosteriorHeader.Format(posterior));
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true))
        {
            foreach (var column in FixedColumns.Concat(posterior.Parameters))
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var draw in posterior.Draws)
            {
                csv.WriteField(draw.Draw.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(draw.Weight, "R", CultureInfo.InvariantCulture);
                foreach (var value in draw.Values)
                {
                    csv.WriteField(value, "R", CultureInfo.InvariantCulture);
                }

                csv.EndRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>Writes the Parquet twin of the CSV (same columns; the first line's fields as file metadata), atomically.</summary>
    public static Task WriteParquetAsync(string path, Posterior posterior, CancellationToken cancellationToken = default)
    {
        CheckShape(posterior);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["forcesim_posterior"] = PosteriorHeader.Format(posterior)[(PosteriorHeader.Prefix.Length + 2)..],
            ["model_version"] = posterior.ModelVersion.ToString(CultureInfo.InvariantCulture),
            ["method"] = posterior.Method,
            ["scenario"] = posterior.Scenario ?? "",
            ["targets"] = posterior.Targets ?? "",
        };
        var table = new PosteriorTable(
            posterior.Parameters,
            [.. posterior.Draws.Select(d => d.Draw)],
            [.. posterior.Draws.Select(d => d.Weight)],
            [.. posterior.Draws.Select(d => d.Values)],
            metadata);
        return PosteriorParquet.WriteAsync(path, table, cancellationToken);
    }

    private static void CheckShape(Posterior posterior)
    {
        ArgumentNullException.ThrowIfNull(posterior);
        if (posterior.Parameters.Count == 0 || posterior.Draws.Count == 0)
        {
            throw new ArgumentException("A posterior needs at least one parameter and one draw.", nameof(posterior));
        }

        for (var i = 0; i < posterior.Draws.Count; i++)
        {
            var draw = posterior.Draws[i];
            if (draw.Draw != i || draw.Values.Count != posterior.Parameters.Count || !(draw.Weight >= 0) || !double.IsFinite(draw.Weight) || draw.Values.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"Draw {i} of the posterior is not numbered {i}, or has a weight below 0, or a value count other than {posterior.Parameters.Count}, or a value that is not finite.", nameof(posterior));
            }
        }
    }

    private static (IReadOnlyList<string> Parameters, List<PosteriorDraw> Draws) ReadTable(string path, string table)
    {
        var options = new CsvReaderOptions { TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvReader.FromText(table, options);
        try
        {
            csv.ReadHeader();
            var headers = csv.Headers.Select(h => h.Trim()).ToList();
            var parameters = PosteriorColumns.Check(path, headers);
            var draws = new List<PosteriorDraw>();
            while (csv.Read())
            {
                draws.Add(PosteriorColumns.Row(path, csv.LineNumber + 1, draws.Count, headers, [.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]));
            }

            return draws.Count > 0 ? (parameters, draws) : throw new InvalidRequestException($"{path}:2: no draws after the header; a posterior needs at least one row.");
        }
        catch (CsvFormatException e)
        {
            throw new InvalidRequestException($"{path}:{(e.LineNumber > 0 ? e.LineNumber + 1 : csv.LineNumber + 1)}: not readable as CSV: {e.Message}");
        }
    }

    private static List<PosteriorDraw> Normalised(string path, List<PosteriorDraw> draws)
    {
        var total = draws.Sum(d => d.Weight);
        if (!(total > 0) || !double.IsFinite(total))
        {
            throw new InvalidRequestException($"{path}: the weights sum to {total.ToString("R", CultureInfo.InvariantCulture)}; at least one draw needs a weight above 0.");
        }

        return total == 1.0 ? draws : [.. draws.Select(d => d with { Weight = d.Weight / total })];
    }
}
