using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// Reads one YAML value as a typed scalar. On a wrong type or an out-of-range value it reports a problem
/// saying what is allowed and returns <c>null</c>, so the caller can carry on with a default.
/// </summary>
internal static class ScalarReader
{
    private const int MaxShownLength = 40;

    /// <summary>True for an empty value, <c>~</c> or <c>null</c> written without quotes.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>How a value is shown after "got" in a message: a number as written, text in quotes, or what kind of node it is.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        _ when IsNull(node) => "nothing",
        YamlScalarNode scalar when IsPlain(scalar) && TryParseNumber(scalar.Value ?? "", out _) => Shorten(scalar.Value ?? ""),
        YamlScalarNode scalar => $"'{Shorten(scalar.Value ?? "")}'",
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "an unsupported value",
    };

    public static double? Number(BindContext context, YamlNode node, string path, NumberRange range)
    {
        if (!TryGetNumber(node, out var value))
        {
            context.Report(node, path, $"must be {range.Describe()} (got {Describe(node)}){QuoteHint(node)}");
            return null;
        }

        if (!range.Contains(value))
        {
            context.Report(node, path, $"must be {range.Describe()} (got {Describe(node)})");
            return null;
        }

        return value;
    }

    public static long? Integer(BindContext context, YamlNode node, string path, long min, long max)
    {
        var allowed = max == long.MaxValue
            ? Invariant($"a whole number of at least {min}")
            : Invariant($"a whole number from {min} to {max}");
        var whole = TryGetInteger(node, out var value) || TryRoundChangedNumber(context, node, out value);
        if (!whole || value < min || value > max)
        {
            context.Report(node, path, $"must be {allowed} (got {Describe(node)}){QuoteHint(node)}");
            return null;
        }

        return value;
    }

    public static bool? Boolean(BindContext context, YamlNode node, string path)
    {
        if (node is YamlScalarNode scalar && IsPlain(scalar))
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        context.Report(node, path, $"must be true or false (got {Describe(node)})");
        return null;
    }

    /// <summary>Any non-empty scalar, read as text.</summary>
    public static string? Text(BindContext context, YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } text } && !IsNull(node))
        {
            return text;
        }

        context.Report(node, path, $"must be text (got {Describe(node)})");
        return null;
    }

    public static T? Choice<T>(BindContext context, YamlNode node, string path, ChoiceSet<T> choices)
        where T : struct, Enum
    {
        if (node is YamlScalarNode scalar && !IsNull(node) && choices.TryParse(scalar.Value ?? "", out var value))
        {
            return value;
        }

        var message = $"must be one of: {choices.Describe()} (got {Describe(node)})";
        if (node is YamlScalarNode { Value: { } given } && Suggestions.Closest(given, choices.Names) is { } suggestion)
        {
            message += $"; did you mean '{suggestion}'?";
        }

        context.Report(node, path, message);
        return null;
    }

    public static DateOnly? Date(BindContext context, YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        context.Report(node, path, $"must be a date written yyyy-mm-dd, such as 2021-04-01 (got {Describe(node)})");
        return null;
    }

    /// <summary>A plain (unquoted) scalar holding a finite number; underscores between digits are allowed (<c>1_200_000</c>).</summary>
    public static bool TryGetNumber(YamlNode node, out double value)
    {
        value = 0;
        return node is YamlScalarNode scalar && IsPlain(scalar) && TryParseNumber(scalar.Value ?? "", out value);
    }

    private static bool TryGetInteger(YamlNode node, out long value)
    {
        value = 0;
        if (node is not YamlScalarNode scalar || !IsPlain(scalar))
        {
            return false;
        }

        var text = WithoutDigitSeparators(scalar.Value ?? "");
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // Also accept whole numbers written as decimals or with an exponent, such as 10.0 or 1e4.
        if (TryParseNumber(text, out var number) && number == Math.Floor(number) && Math.Abs(number) < 9e15)
        {
            value = (long)number;
            return true;
        }

        return false;
    }

    /// <summary>A number made by a <c>--set</c> <c>*</c> change (such as <c>staff=*1.25</c>) is rounded to the nearest whole number, halves away from zero.</summary>
    private static bool TryRoundChangedNumber(BindContext context, YamlNode node, out long value)
    {
        value = 0;
        if (!context.RoundsToWhole(node) || !TryGetNumber(node, out var number) || Math.Abs(number) >= 9e15)
        {
            return false;
        }

        value = (long)Math.Round(number, MidpointRounding.AwayFromZero);
        return true;
    }

    private static bool TryParseNumber(string text, out double value) =>
        double.TryParse(WithoutDigitSeparators(text), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    private static string WithoutDigitSeparators(string text)
    {
        if (!text.Contains('_', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var betweenDigits = text[i] == '_' && i > 0 && i < text.Length - 1
                && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            if (text[i] == '_' && !betweenDigits)
            {
                return text;
            }

            if (!betweenDigits)
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsPlain(YamlScalarNode scalar) => scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;

    private static string QuoteHint(YamlNode node) =>
        node is YamlScalarNode scalar && !IsPlain(scalar) && TryParseNumber(scalar.Value ?? "", out _)
            ? "; write numbers without quotes"
            : "";

    private static string Shorten(string text) => text.Length <= MaxShownLength ? text : text[..MaxShownLength] + "…";
}
