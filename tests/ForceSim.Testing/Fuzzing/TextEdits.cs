using System.Text;
using System.Text.RegularExpressions;

namespace ForceSim.Testing.Fuzzing;

/// <summary>Changes to a file's text by line, key and value, as a person editing it would make them.</summary>
internal static partial class TextEdits
{
    /// <summary>Decodes as <see cref="File.ReadAllText(string)"/> does: UTF-8 unless a byte order mark says otherwise, bad bytes replaced.</summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text);

    public static string ReplaceValue(string text, int at, int choice)
    {
        var values = HostileValues.Scalars;
        return choice < values.Count
            ? ReplaceValue(text, at, values[choice])
            : ReplaceMatch(NumberPattern(), text, at, m => HostileValues.Scale(m.Value, choice - values.Count));
    }

    public static string ReplaceValue(string text, int at, string replacement) =>
        ReplaceMatch(ValuePattern(), text, at, _ => replacement);

    public static string RenameKey(string text, int at, int choice) =>
        ReplaceMatch(KeyPattern(), text, at, m => HostileValues.RenameKey(m.Value, choice));

    /// <summary>Every key written in <paramref name="text"/>, in order, with repeats.</summary>
    public static IEnumerable<string> Keys(string text) => KeyPattern().Matches(text).Select(m => m.Value);

    /// <summary>Applies <paramref name="edit"/> to the line list at line <paramref name="at"/> (modulo the line count).</summary>
    public static string EditLines(string text, int at, Action<List<string>, int> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines, at % lines.Count);
        return string.Join('\n', lines);
    }

    public static string Reindent(string line, int choice) => (choice % 6) switch
    {
        0 => " " + line,
        1 => line.StartsWith(' ') ? line[1..] : line,
        2 => "  " + line,
        3 => line.TrimStart(' '),
        4 => "\t" + line.TrimStart(' '),
        _ => "\t" + line,
    };

    private static string ReplaceMatch(Regex pattern, string text, int at, Func<Match, string> replacement)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var match = matches[at % matches.Count];
        return string.Concat(text.AsSpan(0, match.Index), replacement(match), text.AsSpan(match.Index + match.Length));
    }

    /// <summary>A scalar value: after <c>: </c>, <c>- </c>, <c>[</c> or <c>, </c>, up to the next delimiter or comment.</summary>
    [GeneratedRegex(@"(?<=(?:: |- |\[|, ))[^,{}\[\]\r\n#:]*[^,{}\[\]\r\n#:\s]")]
    private static partial Regex ValuePattern();

    /// <summary>A number written as a value (not inside a word, a date or a key path).</summary>
    [GeneratedRegex(@"(?<=(?:: |- |\[|, ))-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?=\s*(?:[,}\]\r\n#]|$))")]
    private static partial Regex NumberPattern();

    /// <summary>A mapping key, in block style (at a line's start, maybe after <c>- </c>) or in flow style (after <c>{</c> or <c>,</c>).</summary>
    [GeneratedRegex(@"(?<=^[ \t]*(?:- )?|[{,] ?)[A-Za-z_][\w.-]*(?=:)", RegexOptions.Multiline)]
    private static partial Regex KeyPattern();
}
