using CsvHelper;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// Opening an extract safely: an empty, binary or non-UTF-8 file, a missing header or an unreadable record becomes an
/// <see cref="InvalidRequestException"/> naming the file and line, never a stack trace.
/// </summary>
internal static class ExtractFile
{
    /// <summary>Longest record read (1 MiB): an unclosed quote cannot make the import buffer the whole file.</summary>
    private const int MostRecordBytes = 1 << 20;

    public static void CheckReadable(string path)
    {
        byte[] head;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            head = new byte[(int)Math.Min(stream.Length, 8192)];
            stream.ReadExactly(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidRequestException($"{path}: cannot read the extract: {e.Message}");
        }

        if (head.Length == 0)
        {
            throw new InvalidRequestException($"{path}: the extract is empty (no header, no rows).");
        }

        var unicodeBom = head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        if (!unicodeBom && Array.IndexOf(head, (byte)0) >= 0)
        {
            throw new InvalidRequestException(
                $"{path}: this is not CSV text (it holds NUL bytes: a spreadsheet, archive or other binary file, or UTF-16 without a byte order mark); export the extract as CSV in UTF-8.");
        }
    }

    public static CsvReader Open(string path)
    {
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            PoolStrings = true,
            IncludeValuesInExceptions = false,
            MaxRecordSize = MostRecordBytes,
        };
        var csv = CsvReader.FromFile(path, options);
        try
        {
            csv.ReadHeader();
            if (csv.Headers.Count == 0 || csv.Headers.All(string.IsNullOrWhiteSpace))
            {
                throw new InvalidRequestException($"{path}:1: no header row; an extract's first line names its columns (docs/cad-import.md).");
            }

            if (csv.Headers.Any(h => h.Contains('\uFFFD', StringComparison.Ordinal)))
            {
                throw new InvalidRequestException($"{path}:1: the header is not UTF-8 text (wrong encoding); save the extract as CSV UTF-8.");
            }

            return csv;
        }
        catch (CsvFormatException e)
        {
            csv.Dispose();
            throw new InvalidRequestException($"{path}:1: the header cannot be read as CSV: {e.Message}");
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    /// <summary>Advances to the next record; a record CSV cannot read (one too long, say) ends the import with its line.</summary>
    public static bool Read(CsvReader csv, string path)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new InvalidRequestException($"{path}:{(e.LineNumber > 0 ? e.LineNumber : csv.LineNumber)}: not readable as CSV: {e.Message}");
        }
    }
}
