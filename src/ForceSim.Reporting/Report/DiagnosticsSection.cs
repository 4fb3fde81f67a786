using System.Text;
using ForceSim.Engine.Diagnostics;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>The report's stability diagnostics: a full section first when anything was found, otherwise a one-line note.</summary>
public static class DiagnosticsSection
{
    public static string Render(RunDiagnostics? diagnostics)
    {
        if (DiagnosticsLines.From(diagnostics) is not { } lines)
        {
            return "";
        }

        if (!lines.AnythingFound)
        {
            return $"<p class=\"note\">{Html.Encode(lines.Headline)}</p>\n";
        }

        var html = new StringBuilder("<h2>Stability diagnostics</h2>\n");
        html.Append("<p><strong>").Append(Html.Encode(lines.Headline)).Append("</strong></p>\n<ul>\n");
        foreach (var finding in lines.Findings)
        {
            html.Append("<li>").Append(Html.Encode(finding)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        if (lines.Withheld.Count > 0)
        {
            html.Append("<p>Grades withheld:</p>\n<ul>\n");
            foreach (var grade in lines.Withheld)
            {
                html.Append("<li>").Append(Html.Encode(grade)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.ToString();
    }
}
