using System.Globalization;
using System.Text;
using ForceSim.Reporting.Sweeps;

namespace ForceSim.Reporting.Charts;

/// <summary>
/// The data of a typical-week chart as tidy CSV, <c>hour_of_week,day,hour,series,value</c>: one row per hour of the week
/// (0 is Monday 00:00) and line, the value empty for an hour never observed. Written beside the chart's PNG.
/// </summary>
public static class WeeklyCsv
{
    public const string Header = "hour_of_week,day,hour,series,value";

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Render(IReadOnlyList<WeeklySeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder(Header).Append('\n');
        foreach (var line in series)
        {
            for (var h = 0; h < line.Values.Count; h++)
            {
                var value = line.Values[h];
                text.Append(h.ToString(c)).Append(',').Append(Days[(h / 24) % 7]).Append(',').Append((h % 24).ToString(c)).Append(',')
                    .Append(SweepTable.Escape(line.Label)).Append(',').Append(double.IsFinite(value) ? SweepTable.Format(value) : "").Append('\n');
            }
        }

        return text.ToString();
    }
}
