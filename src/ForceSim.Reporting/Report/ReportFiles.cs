using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Report;

/// <summary>Writes DIR/report.html and each chart as DIR/charts/NAME.png (and its data as NAME.csv when it has some), each file atomically.</summary>
public static class ReportFiles
{
    public static IReadOnlyList<string> Write(string directory, string html, IEnumerable<ReportChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var written = new List<string>();
        var chartDirectory = Path.Combine(directory, "charts");
        AtomicFile.CreateFolder(chartDirectory);
        foreach (var chart in charts)
        {
            var path = Path.Combine(chartDirectory, chart.FileName);
            AtomicFile.WriteAllBytes(path, chart.Png);
            written.Add(path);
            if (chart.Csv is { } csv)
            {
                var csvPath = Path.ChangeExtension(path, ".csv");
                AtomicFile.WriteAllText(csvPath, csv);
                written.Add(csvPath);
            }
        }

        var report = Path.Combine(directory, "report.html");
        AtomicFile.WriteAllText(report, html);
        written.Insert(0, report);
        return written;
    }
}
