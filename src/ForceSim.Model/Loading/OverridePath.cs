using System.Globalization;
using System.Text;

namespace ForceSim.Model.Loading;

/// <summary>
/// The key path of a <c>--set</c> option: keys separated by dots, and list items either by id
/// (<c>forces.cambridgeshire.investigation</c>) or by position (<c>forces[0].investigation</c>).
/// </summary>
internal sealed class OverridePath
{
    private OverridePath(string text, IReadOnlyList<Segment> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>
    /// One step: a key (which, in a list, is the id of an item) or a list position.
    /// </summary>
    public readonly record struct Segment(string? Key, int Index)
    {
        public override string ToString() => Key ?? string.Create(CultureInfo.InvariantCulture, $"[{Index}]");
    }

    /// <summary>The path as written up to (not including) segment <paramref name="count"/>.</summary>
    public string Prefix(int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (Segments[i].Key is not null && builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(Segments[i]);
        }

        return builder.ToString();
    }

    public static bool TryParse(string text, out OverridePath? path, out string error)
    {
        path = null;
        var segments = new List<Segment>();
        var i = 0;
        while (true)
        {
            var start = i;
            while (i < text.Length && text[i] is not ('.' or '[' or ']'))
            {
                i++;
            }

            var key = text[start..i];
            if (key.Length == 0 || key.Any(char.IsWhiteSpace))
            {
                error = key.Length == 0
                    ? $"a key is missing at position {start + 1}"
                    : $"key '{key}' contains a space";
                return false;
            }

            segments.Add(new Segment(key, 0));
            while (i < text.Length && text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0
                    || !int.TryParse(text.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    error = $"'{text[i..(close < 0 ? text.Length : close + 1)]}' is not a list position such as [0]";
                    return false;
                }

                segments.Add(new Segment(null, index));
                i = close + 1;
            }

            if (i == text.Length)
            {
                break;
            }

            if (text[i] != '.')
            {
                error = $"unexpected '{text[i]}' at position {i + 1}";
                return false;
            }

            i++;
        }

        path = new OverridePath(text, segments);
        error = "";
        return true;
    }
}
