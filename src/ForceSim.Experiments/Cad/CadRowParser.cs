using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// Reads the mapped fields of the current extract row and checks them. A problem is described by column and reason
/// only, never by the value, so a bad-row report cannot leak what a field held.
/// </summary>
internal sealed class CadRowParser
{
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    private readonly CadFieldIndexes _at;
    private readonly string _force;

    public CadRowParser(CadFieldIndexes indexes, string force)
    {
        _at = indexes;
        _force = force;
    }

    /// <summary>Whether the row belongs to another force in a multi-force extract (it is skipped, not bad).</summary>
    public bool OtherForce(CsvReader csv) =>
        _at.Force >= 0 && !csv.IsEmpty(_at.Force) && !string.Equals(Text(csv, _at.Force)?.Trim(), _force, StringComparison.OrdinalIgnoreCase);

    /// <summary>The row's fields, or null with <paramref name="problem"/> saying which column is wrong and why.</summary>
    public CadRow? Parse(CsvReader csv, out string problem)
    {
        problem = "";
        if (!Time(csv, _at.Created, "created", required: true, out var created, ref problem)
            || !Time(csv, _at.Dispatched, "dispatched", required: false, out var dispatched, ref problem)
            || !Time(csv, _at.Arrived, "arrived", required: false, out var arrived, ref problem)
            || !Time(csv, _at.Cleared, "cleared", required: false, out var cleared, ref problem))
        {
            return null;
        }

        var channel = Choice(csv, _at.Channel, CadValues.Channel);
        var grade = Choice(csv, _at.Grade, CadValues.Grade);
        var type = Identifier(csv, _at.Type, "t_");
        problem = channel is null ? "channel: not emergency, non_emergency or online (or 999, 101)"
            : grade is null ? "grade: not emergency, priority, scheduled or resolution (or 1 to 4)"
            : type is null ? "incident_type: blank or not UTF-8 text"
            : Order(created!.Value, dispatched, arrived, cleared);
        if (problem.Length > 0)
        {
            return null;
        }

        bool? crime = null;
        if (_at.CrimeRecorded >= 0 && !csv.IsEmpty(_at.CrimeRecorded))
        {
            crime = Choice(csv, _at.CrimeRecorded, CadValues.YesNo);
            if (crime is null)
            {
                problem = "crime_recorded: not true/false, yes/no or 1/0";
                return null;
            }
        }

        var area = _at.Area >= 0 && !csv.IsEmpty(_at.Area) ? Identifier(csv, _at.Area, "a_") : null;
        var onScene = arrived is { } a && cleared is { } c ? (c - a).TotalMinutes : double.NaN;
        return new CadRow(created!.Value, channel!.Value, type!, grade!.Value, area, onScene, crime);
    }

    /// <summary>Times must run forward: created, then dispatched, then arrived, then cleared (each when present).</summary>
    private static string Order(DateTime created, DateTime? dispatched, DateTime? arrived, DateTime? cleared)
    {
        if (dispatched < created)
        {
            return "dispatched: before created (a negative duration)";
        }

        if (arrived < (dispatched ?? created))
        {
            return "arrived: before dispatched or created (a negative duration)";
        }

        return cleared < (arrived ?? dispatched ?? created) ? "cleared: before arrived (a negative on-scene time)" : "";
    }

    private static bool Time(CsvReader csv, int index, string column, bool required, out DateTime? value, ref string problem)
    {
        value = null;
        if (index < 0 || csv.IsEmpty(index))
        {
            problem = required ? $"{column}: blank" : "";
            return !required;
        }

        var text = Text(csv, index);
        if (text is not null && DateTime.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            value = parsed;
            return true;
        }

        problem = $"{column}: not an ISO 8601 date-time (yyyy-mm-ddThh:mm:ss)";
        return false;
    }

    private static T? Choice<T>(CsvReader csv, int index, IReadOnlyDictionary<string, T> values)
        where T : struct =>
        Text(csv, index) is { } text && values.TryGetValue(text.Trim(), out var value) ? value : null;

    private static string? Identifier(CsvReader csv, int index, string prefix) =>
        Text(csv, index) is { } text ? CadValues.Identifier(text, prefix) : null;

    /// <summary>The field as text, or null when it is not valid UTF-8 (an extract saved in another encoding).</summary>
    private static string? Text(CsvReader csv, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var bytes = csv.GetSpan(index);
        return Utf8.IsValid(bytes) ? csv.GetString(index) : null;
    }
}
