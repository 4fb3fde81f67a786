using System.Text;
using ForceSim.Reporting.Report;

namespace ForceSim.Reporting.Summaries;

/// <summary>A summary's sentences as the opening of a report: one short section before any table or chart.</summary>
public static class SummaryHtml
{
    public static string Section(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<section class=\"summary\">\n<h2>In brief</h2>\n");
        foreach (var sentence in sentences)
        {
            html.Append("<p>").Append(Html.Encode(sentence)).Append("</p>\n");
        }

        return html.Append("</section>\n").ToString();
    }
}
