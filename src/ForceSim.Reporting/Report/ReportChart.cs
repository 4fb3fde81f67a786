namespace ForceSim.Reporting.Report;

/// <summary>A rendered chart for a report: its file name under charts/, heading, caption and PNG bytes.</summary>
public sealed record ReportChart(string FileName, string Title, string Caption, byte[] Png)
{
    /// <summary>The PNG as a data URI, so the report needs no other file.</summary>
    public string DataUri => "data:image/png;base64," + Convert.ToBase64String(Png);

    /// <summary>The chart's data as CSV, written beside the PNG (same name, .csv) so the numbers can be read, not only seen; null when none.</summary>
    public string? Csv { get; init; }
}
