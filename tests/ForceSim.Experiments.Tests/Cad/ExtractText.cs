using System.Globalization;
using System.Text;

namespace ForceSim.Experiments.Tests.Cad;

/// <summary>Small extracts written in a test: a header and rows of incidents an hour apart, each valid unless the test spoils it.</summary>
internal static class ExtractText
{
    public const string Header = "incident_id,force,created,channel,incident_type,grade,area,dispatched,arrived,cleared,crime_recorded";

    /// <summary><paramref name="rows"/> valid incidents of force <c>testshire</c>, one an hour from 2024-01-01 (on-scene 30 to 59 minutes).</summary>
    public static List<string> Rows(int rows)
    {
        var start = new DateTime(2024, 1, 1, 0, 10, 0, DateTimeKind.Unspecified);
        return [.. Enumerable.Range(0, rows).Select(i =>
        {
            var created = start.AddHours(i);
            var channel = (i % 3) switch { 0 => "emergency", 1 => "non_emergency", _ => "online" };
            var type = i % 2 == 0 ? "assault" : "burglary";
            return string.Join(',', (i + 1).ToString(CultureInfo.InvariantCulture), "testshire", Time(created), channel, type, "priority", "",
                Time(created.AddMinutes(5)), Time(created.AddMinutes(20)), Time(created.AddMinutes(50 + (i % 30))), "false");
        })];
    }

    public static string Csv(IEnumerable<string> rows, string header = Header) => header + "\n" + string.Join("\n", rows) + "\n";

    public static string Time(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
