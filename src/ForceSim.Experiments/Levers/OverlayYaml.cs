using System.Globalization;
using System.Text;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>
/// Writes <c>--set</c> options as an overlay that <c>extends</c> the scenario, in the form of <c>scenarios/whatif</c>:
/// control rooms and forces by id (merged into the base's), mappings key by key. A list without ids (shifts, a
/// compliance curve) is replaced wholesale by an overlay, so one touched by an option is written whole, from the
/// scenario with the options applied.
/// </summary>
internal static class OverlayYaml
{
    public static string Write(Scenario changed, IReadOnlyList<KeyValuePair<string, string>> sets, string extends, string? name, IReadOnlyList<string> comments)
    {
        var root = new Node();
        foreach (var (path, value) in sets)
        {
            var keys = path.Split('.');
            var list = Array.FindIndex(keys, k => k.Contains('[', StringComparison.Ordinal));
            if (list < 0)
            {
                root.At(keys[..^1])[keys[^1]] = value;
                continue;
            }

            var listKey = keys[list][..keys[list].IndexOf('[', StringComparison.Ordinal)];
            root.At(keys[..list])[listKey] = ListItems(changed, keys, listKey);
        }

        var text = new StringBuilder();
        foreach (var comment in comments)
        {
            text.Append("# ").AppendLine(comment);
        }

        text.Append("extends: ").AppendLine(Scalar(extends));
        if (name is not null)
        {
            text.Append("name: ").AppendLine(Quoted(name));
        }

        foreach (var (top, items) in root.Entries)
        {
            text.Append(top).AppendLine(":");
            foreach (var (id, item) in ((Node)items).Entries)
            {
                text.Append("  - id: ").AppendLine(id);
                Render(text, (Node)item, 4);
            }
        }

        return text.ToString();
    }

    /// <summary>The whole list the path <paramref name="keys"/> runs through, one flow item a line.</summary>
    private static List<string> ListItems(Scenario changed, string[] keys, string listKey)
    {
        var c = CultureInfo.InvariantCulture;
        if (keys[0] == "control_rooms" && listKey == "shifts")
        {
            var room = changed.ControlRooms.First(r => r.Id == keys[1]);
            return [.. room.CallHandlers.Shifts.Select(s => Shift(s, "staff"))];
        }

        if (keys[0] == "forces" && listKey == "shifts")
        {
            var force = changed.Forces.First(f => f.Id == keys[1]);
            return [.. force.Response.Shifts.Select(s => Shift(s, "units"))];
        }

        if (keys[0] == "control_rooms" && listKey == "compliance")
        {
            var triage = changed.ControlRooms.First(r => r.Id == keys[1]).Triage;
            var task = keys[3] == "structured_assessment" ? triage.StructuredAssessment : triage.RepeatVictimCheck;
            return [.. task.Compliance.Points.Select(p => string.Format(c, "{{calls_waiting: {0}, share: {1}}}", p.Pressure, p.Share))];
        }

        throw new InvalidOperationException($"No overlay form for the list in '{string.Join('.', keys)}'.");
    }

    private static string Shift(StaffShift shift, string countKey)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("{");
        if (shift.Name.Length > 0)
        {
            text.Append("name: ").Append(Scalar(shift.Name)).Append(", ");
        }

        text.Append(c, $"start_hour: {shift.StartHour}, hours: {shift.Hours}, {countKey}: {shift.Count}");
        if (shift.Stations.Count > 0)
        {
            text.Append(", stations: {").AppendJoin(", ", shift.Stations.Select(s => string.Create(c, $"{s.Key}: {s.Value}"))).Append('}');
        }

        return text.Append('}').ToString();
    }

    private static void Render(StringBuilder text, Node node, int indent)
    {
        var pad = new string(' ', indent);
        foreach (var (key, value) in node.Entries)
        {
            switch (value)
            {
                case string scalar:
                    text.Append(pad).Append(key).Append(": ").AppendLine(scalar);
                    break;
                case Node child:
                    text.Append(pad).Append(key).AppendLine(":");
                    Render(text, child, indent + 2);
                    break;
                default:
                    text.Append(pad).Append(key).AppendLine(":");
                    foreach (var item in (List<string>)value)
                    {
                        text.Append(pad).Append("  - ").AppendLine(item);
                    }

                    break;
            }
        }
    }

    /// <summary>Plain when it reads back as the same text (ids, simple names, relative paths), otherwise double-quoted.</summary>
    private static string Scalar(string text)
    {
        var simple = text.Length > 0
            && (char.IsAsciiLetter(text[0]) || text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith("../", StringComparison.Ordinal))
            && text.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-' or '.' or '/')
            && text.ToUpperInvariant() is not ("TRUE" or "FALSE" or "YES" or "NO" or "ON" or "OFF" or "NULL" or "Y" or "N");
        return simple ? text : Quoted(text);
    }

    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A mapping in the order keys were first written.</summary>
    private sealed class Node
    {
        public List<KeyValuePair<string, object>> Entries { get; } = [];

        public object this[string key]
        {
            set
            {
                var at = Entries.FindIndex(e => e.Key == key);
                if (at < 0)
                {
                    Entries.Add(new(key, value));
                }
                else
                {
                    Entries[at] = new(key, value);
                }
            }
        }

        public Node At(IEnumerable<string> keys)
        {
            var node = this;
            foreach (var key in keys)
            {
                if (node.Entries.FirstOrDefault(e => e.Key == key).Value is not Node child)
                {
                    child = new Node();
                    node[key] = child;
                }

                node = child;
            }

            return node;
        }
    }
}
