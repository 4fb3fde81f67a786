using System.Text;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Cad;

/// <summary>The spellings an import accepts for channels, grades and yes/no, and how a code becomes a scenario identifier.</summary>
internal static class CadValues
{
    public static readonly IReadOnlyDictionary<string, Channel> Channel = new Dictionary<string, Channel>(StringComparer.OrdinalIgnoreCase)
    {
        ["emergency"] = Model.Scenarios.Channel.Emergency,
        ["999"] = Model.Scenarios.Channel.Emergency,
        ["non_emergency"] = Model.Scenarios.Channel.NonEmergency,
        ["non-emergency"] = Model.Scenarios.Channel.NonEmergency,
        ["101"] = Model.Scenarios.Channel.NonEmergency,
        ["online"] = Model.Scenarios.Channel.Online,
    };

    public static readonly IReadOnlyDictionary<string, Grade> Grade = new Dictionary<string, Grade>(StringComparer.OrdinalIgnoreCase)
    {
        ["emergency"] = Model.Scenarios.Grade.Emergency,
        ["immediate"] = Model.Scenarios.Grade.Emergency,
        ["1"] = Model.Scenarios.Grade.Emergency,
        ["priority"] = Model.Scenarios.Grade.Priority,
        ["2"] = Model.Scenarios.Grade.Priority,
        ["scheduled"] = Model.Scenarios.Grade.Scheduled,
        ["3"] = Model.Scenarios.Grade.Scheduled,
        ["resolution"] = Model.Scenarios.Grade.Resolution,
        ["4"] = Model.Scenarios.Grade.Resolution,
    };

    public static readonly IReadOnlyDictionary<string, bool> YesNo = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true,
        ["yes"] = true,
        ["y"] = true,
        ["1"] = true,
        ["false"] = false,
        ["no"] = false,
        ["n"] = false,
        ["0"] = false,
    };

    /// <summary>
    /// A code as a scenario identifier (<c>^[a-z][a-z0-9_-]*$</c>): lower case, any other character '_', and
    /// <paramref name="prefix"/> in front when it does not start with a letter; null when blank.
    /// </summary>
    public static string? Identifier(string code, string prefix)
    {
        var trimmed = code.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var id = new StringBuilder(trimmed.Length + prefix.Length);
        foreach (var ch in trimmed.ToLowerInvariant())
        {
            id.Append(ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' ? ch : '_');
        }

        return id[0] is >= 'a' and <= 'z' ? id.ToString() : prefix + id;
    }
}
