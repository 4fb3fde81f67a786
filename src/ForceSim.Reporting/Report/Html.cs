using System.Globalization;
using System.Net;
using System.Text;

namespace ForceSim.Reporting.Report;

/// <summary>Small helpers for writing the self-contained reports: escaping, tables, the page shell and its inline CSS.</summary>
public static class Html
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2rem auto; max-width: 1100px; color: #1b1b1b; line-height: 1.45; padding: 0 1rem; }
        h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
        h2 { border-bottom: 2px solid #0072B2; padding-bottom: 0.2rem; margin-top: 2.2rem; }
        h3 { margin-top: 1.4rem; }
        .subtitle { color: #555; margin-top: 0; }
        table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.92rem; }
        th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #eef4fa; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure { margin: 1.2rem 0; }
        figure img { max-width: 100%; border: 1px solid #ddd; }
        figcaption { color: #444; font-size: 0.9rem; margin-top: 0.3rem; }
        .note { color: #555; font-size: 0.9rem; }
        code { background: #f3f3f3; padding: 0 0.2rem; }
        """;

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Page(string title, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)}</title>
        <style>
        {Style}
        </style>
        </head>
        <body>
        {body}
        </body>
        </html>

        """;

    /// <summary>A table; cells are encoded, and a column listed in <paramref name="numeric"/> is right-aligned.</summary>
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] numeric)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var html = new StringBuilder("<table>\n<thead><tr>");
        foreach (var header in headers)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(header)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(numeric.Contains(i) ? "<td class=\"num\">" : "<td>").Append(Encode(row[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    public static string Figure(ReportChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"""
            <figure id="{Encode(Path.GetFileNameWithoutExtension(chart.FileName))}">
            <h3>{Encode(chart.Title)}</h3>
            <img src="{chart.DataUri}" alt="{Encode(chart.Title)}">
            <figcaption>{Encode(chart.Caption)}</figcaption>
            </figure>

            """;
    }

    public static string Percent(double value) => Tables.MeasureFormat.Percent(value);

    public static string Number(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);
}
