using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ForceSim.Cli.Options;

/// <summary>
/// Says a parse error in words. The parser reports a value it cannot convert with the .NET type it wanted
/// ("as expected type 'System.Nullable`1[System.Int32]'"), which means nothing to the people who run forcesim; a
/// number option or argument given something else is told which kind of number it takes instead.
/// </summary>
public static class ParseErrorText
{
    public static string Of(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (name, type, tokens) = error.SymbolResult switch
        {
            ArgumentResult { Parent: OptionResult option } argument => (option.Option.Name, option.Option.ValueType, argument.Tokens),
            ArgumentResult argument => ($"<{argument.Argument.Name}>", argument.Argument.ValueType, argument.Tokens),
            OptionResult option => (option.Option.Name, option.Option.ValueType, option.Tokens),
            _ => (null, null, null),
        };
        if (name is null || type is null || tokens is null || Kind(Nullable.GetUnderlyingType(type) ?? type) is not { } kind)
        {
            return error.Message;
        }

        foreach (var token in tokens)
        {
            if (!kind.Parses(token.Value))
            {
                return $"{name}: '{token.Value}' is not {kind.Words}; give {kind.Example}.";
            }
        }

        return error.Message;
    }

    private sealed record NumberKind(string Words, string Example, Func<string, bool> Parses);

    private static NumberKind? Kind(Type type)
    {
        const NumberStyles whole = NumberStyles.Integer;
        var c = CultureInfo.InvariantCulture;
        if (type == typeof(int))
        {
            return new("a whole number", "a whole number such as 4", v => int.TryParse(v, whole, c, out _));
        }

        if (type == typeof(long))
        {
            return new("a whole number", "a whole number such as 42", v => long.TryParse(v, whole, c, out _));
        }

        if (type == typeof(double))
        {
            return new("a number", "a number such as 2000000 or -0.5", v => double.TryParse(v, NumberStyles.Float, c, out _));
        }

        return null;
    }
}
