namespace ForceSim.Testing.Fuzzing;

/// <summary>
/// Values a careless hand, a script or a spreadsheet export puts where a number or a name belongs. The simplest come
/// first, so shrinking (towards choice 0) ends on the plainest value that still fails.
/// </summary>
public static class HostileValues
{
    public static readonly IReadOnlyList<string> Scalars =
    [
        "0", "-1", "1", "0.5", "-0.5", "2", "-0", "0.0001", "1e-320", "4.9e-324", "24", "25", "-24", "60", "1440", "100",
        "1000000", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "99999999999999999999999999", "1e6", "1e12", "1e300", "1.7976931348623157e308", "1e309", "-1e309",
        ".nan", ".NaN", "NaN", "nan", ".inf", "-.inf", "+.inf", "Infinity", "-Infinity",
        "1/3", "0x1F", "0o17", "1_000", "1,5", "12abc", "+5", "0.1e1", "5.", ".5", "1e", "--1",
        "''", "\"\"", "~", "null", "true", "false", "no", "yes", "on",
        "[]", "{}", "[1, 2]", "[[]]", "{a: 1}", "[.nan]", "{dist: lognormal}", "{dist: exponential, mean: .nan}",
        "{dist: uniform, min: 5, max: 1}", "{dist: empirical, values: [], weights: []}", "{dist: empirical, values: [1], weights: [0]}",
        "{dist: gamma, mean: 1, shape: 0}", "{dist: lognormal, mean: 1e308, sd: 1e308}", "{dist: fixed, value: -1}",
        "\"text\"", "'quoted'", "emergency", "cambridgeshire", "priority", "none", "all",
        "2022-13-45", "2022-02-30", "0001-01-01", "9999-12-31", "25:00", "12:00",
        "!!str 5", "!!int x", "!!float 1", "!!int 1.5", "!!binary AAAA", "!!map {}", "!!seq []", "!!null ''", "!custom 3", "!<tag:x> 1",
        "*undefined_alias", "&anchor 3", "&a [*a]", "{&a [*a]: 1}", "&m {k: *m}", "!!in[t x", "!<> x", "!!str&a x", "'", "\"unterminated", "|", ">", "? x", "- x", "-", ":", "{", "[", "%", "@", "`",
        "x # comment", "\"\\u0000\"", "\"\\x00\"", "\"\\uD800\"", "\"\\U0010FFFF\"", "\"\\q\"", "\t1", "a\tb",
        new string('9', 400), new string('x', 4000), "[" + string.Join(", ", Enumerable.Repeat("1", 2000)) + "]",
        "[" + string.Join(", ", Enumerable.Repeat("{dist: fixed, value: 1}", 200)) + "]",
        string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)),
    ];

    /// <summary>What a key is changed into: misspelt, recased, emptied, merged, made complex.</summary>
    public static string RenameKey(string key, int choice) => (choice % 12) switch
    {
        0 => key + "x",
        1 => key.Length > 1 ? key[..^1] : "k",
        2 => key.ToUpperInvariant(),
        3 => key.Replace('_', '-'),
        4 => "unknown_key",
        5 => "<<",
        6 => "\"\"",
        7 => "? " + key,
        8 => key + " " + key,
        9 => "\"" + key + "\"",
        10 => "1",
        _ => "[" + key + "]",
    };

    /// <summary>A number made extreme: scaled up or down, negated, or made fractional.</summary>
    public static string Scale(string value, int choice)
    {
        if (!double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        var scaled = (choice % 10) switch
        {
            0 => -number,
            1 => number + 0.5,
            2 => number * 1e9,
            3 => number / 1e9,
            4 => number * 1e300,
            5 => number - 1,
            6 => number * 1e-315,
            7 => number + 1,
            8 => number * 2,
            _ => number * 1000,
        };
        return scaled.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Byte sequences inserted into a file: control bytes, invalid UTF-8, byte order marks and YAML punctuation.</summary>
    public static readonly IReadOnlyList<byte[]> Bytes =
    [
        [0x00], [(byte)'\t'], [(byte)'\n'], [(byte)'\r'], [(byte)' '], [(byte)'\r', (byte)'\n'], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
        [0xFF], [0xC3], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80, 0xA8], [0xC2, 0x85], [0x1B], [0x7F],
        .. new[] { ":", "#", "&", "*", "!", "|", ">", "{", "}", "[", "]", "'", "\"", ",", "? ", "- ", "@", "`", "%", "\\", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "<<: *a\n" }
            .Select(System.Text.Encoding.UTF8.GetBytes),
    ];
}
