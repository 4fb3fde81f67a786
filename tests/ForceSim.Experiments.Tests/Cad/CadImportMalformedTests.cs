using System.Text;
using ForceSim.Experiments.Cad;

namespace ForceSim.Experiments.Tests.Cad;

/// <summary>
/// An extract that is not one, or has more bad rows than the import accepts, is refused with a message naming the
/// file and what is wrong (the CLI's exit 2); a few bad rows are skipped and reported by line.
/// </summary>
public sealed class CadImportMalformedTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Import_refuses_an_empty_file()
    {
        var message = Refused(_folder.Write("empty.csv", ""));
        Assert.Contains("empty.csv: the extract is empty", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_header_without_rows()
    {
        Assert.Contains("header but no incident rows", Refused(_folder.Write("header.csv", ExtractText.Header + "\n")), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_an_extract_missing_a_required_column_and_names_it()
    {
        var rows = ExtractText.Rows(10).Select(r => string.Join(',', r.Split(',').Where((_, i) => i != 5)));
        var message = Refused(_folder.Write("nograde.csv", ExtractText.Csv(rows, ExtractText.Header.Replace(",grade", "", StringComparison.Ordinal))));
        Assert.Contains("nograde.csv:1: the header lacks column(s) grade", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_an_extract_whose_dates_are_not_iso_8601_and_lists_the_lines()
    {
        var rows = ExtractText.Rows(10).Select(r => r.Replace("2024-01-01T", "01/01/2024 ", StringComparison.Ordinal));
        var message = Refused(_folder.Write("dates.csv", ExtractText.Csv(rows)));
        Assert.Contains("line 2: created: not an ISO 8601 date-time", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_an_extract_with_negative_on_scene_times()
    {
        var rows = ExtractText.Rows(10);
        for (var i = 0; i < rows.Count; i += 2)
        {
            var fields = rows[i].Split(',');
            (fields[8], fields[9]) = (fields[9], fields[8]);
            rows[i] = string.Join(',', fields);
        }

        var message = Refused(_folder.Write("negative.csv", ExtractText.Csv(rows)));
        Assert.Contains("line 2: cleared: before arrived (a negative on-scene time)", message, StringComparison.Ordinal);
        Assert.Contains("5 of 10 rows cannot be read", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_an_extract_in_another_encoding_than_utf8()
    {
        var rows = ExtractText.Rows(10).Select(r => r.Replace("assault", "agression_café", StringComparison.Ordinal).Replace("burglary", "cambriolage_é", StringComparison.Ordinal));
        var path = _folder["latin1.csv"];
        File.WriteAllBytes(path, ExtractText.Latin1(ExtractText.Csv(rows)));
        Assert.Contains("incident_type: blank or not UTF-8 text", Refused(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_utf16_without_a_byte_order_mark_and_binary_files()
    {
        var utf16 = _folder["utf16.csv"];
        File.WriteAllBytes(utf16, new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(ExtractText.Csv(ExtractText.Rows(5))));
        Assert.Contains("this is not CSV text", Refused(utf16), StringComparison.Ordinal);
        var zip = _folder["extract.xlsx.csv"];
        File.WriteAllBytes(zip, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
        Assert.Contains("this is not CSV text", Refused(zip), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_reads_a_utf16_extract_with_a_byte_order_mark()
    {
        var path = _folder["utf16-bom.csv"];
        File.WriteAllBytes(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ExtractText.Csv(ExtractText.Rows(48)))]);
        Assert.Equal(48, Import(path).Fit.Incidents);
    }

    [Fact]
    public void Import_skips_a_few_bad_rows_and_reports_them_by_line()
    {
        var rows = ExtractText.Rows(300);
        rows[99] = rows[99].Replace(",priority,", ",urgent-ish,", StringComparison.Ordinal);
        var result = Import(_folder.Write("onebad.csv", ExtractText.Csv(rows)));
        Assert.Equal(1, result.BadRows);
        Assert.Equal(299, result.Fit.Incidents);
        var bad = Assert.Single(result.FirstBadRows);
        Assert.Equal(101, bad.Line); // the header is line 1, so row 100 is line 101
        Assert.StartsWith("grade:", bad.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_missing_file_with_its_name()
    {
        Assert.Contains("nowhere.csv: cannot read the extract", Refused(_folder["nowhere.csv"]), StringComparison.Ordinal);
    }

    private static CadImportResult Import(string path) =>
        CadImportService.Import(new CadImportRequest { ExtractPath = path, ForceId = "testshire" });

    private static string Refused(string path) =>
        Assert.Throws<InvalidRequestException>(() => Import(path)).Message;
}
