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
            AtomicFile.WriteAllBytes(path, chart.Png);
            written.Add(path);
        }

        var report = Path.Combine(directory, "report.html");
        AtomicFile.WriteAllText(report, html);
        written.Insert(0, report);
        return written;
    }
}
