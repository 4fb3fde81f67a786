using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Report;

/// <summary>Writes DIR/report.html and each chart as DIR/charts/NAME.png, each file atomically.</summary>
public static class ReportFiles
{
    public static IReadOnlyList<string> Write(string directory, string html, IEnumerable<ReportChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var written = new List<string>();
        var chartDirectory = Path.Combine(directory, "charts");
        Directory.CreateDirectory(chartDirectory);
        foreach (var chart in charts)
        {
            var path = Path.Combine(chartDirectory, chart.FileName);
            var temporary = Path.Combine(chartDirectory, $".{chart.FileName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temporary, chart.Png);
            File.Move(temporary, path, overwrite: true);
            written.Add(path);
        }

        var report = Path.Combine(directory, "report.html");
        AtomicFile.WriteAllText(report, html);
        written.Insert(0, report);
        return written;
    }
}
