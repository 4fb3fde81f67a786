using System.Globalization;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Levers;

/// <summary>
/// Turns a change's value into the absolute <c>--set</c> value the lever takes, or refuses it naming the lever's key
/// path and its allowed range; a relative count or share (<c>+3</c>, <c>-2</c>, <c>*1.1</c>) moves the current value.
/// </summary>
internal static class LeverValue
{
    public static string Resolve(Lever lever, string text)
    {
        var value = text.Trim();
        return lever.Kind switch
        {
            LeverKind.Count => Number(lever, value, whole: true),
            LeverKind.Share => Number(lever, value, whole: false),
            LeverKind.Switch => Switch(lever, value),
            _ => Channels(lever, value),
        };
    }

    private static string Number(Lever lever, string text, bool whole)
    {
        var relative = text.Length > 1 && text[0] is '+' or '-' or '*' ? text[0] : '\0';
        var operand = relative == '\0' ? text : text[1..].Trim();
        if (!double.TryParse(operand, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || !double.IsFinite(amount))
        {
            throw Refused(lever, text, whole ? "is not a whole number" : "is not a number");
        }

        var current = double.Parse(lever.Current, CultureInfo.InvariantCulture);
        var result = relative switch
        {
            '+' => current + amount,
            '-' => current - amount,
            '*' => current * amount,
            _ => amount,
        };
        if (whole)
        {
            result = relative == '*' ? Math.Round(result, MidpointRounding.AwayFromZero) : result;
            if (result != Math.Floor(result))
            {
                throw Refused(lever, text, "is not a whole number");
            }
        }

        return result < lever.Min || result > lever.Max
            ? throw Refused(lever, text, string.Create(CultureInfo.InvariantCulture, $"gives {result}, outside the allowed range"))
            : result.ToString(CultureInfo.InvariantCulture);
    }

    private static string Switch(Lever lever, string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "ON" => "true",
        "FALSE" or "NO" or "OFF" => "false",
        _ => throw Refused(lever, text, "is not a switch value"),
    };

    private static string Channels(Lever lever, string text)
    {
        var inner = text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : text;
        var names = inner.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names is ["none"])
        {
            names = [];
        }

        var channels = new List<Channel>();
        foreach (var name in names)
        {
            if (ChannelNames.Parse(name) is not { } channel)
            {
                throw Refused(lever, text, $"names '{name}', not a channel");
            }

            if (!channels.Contains(channel))
            {
                channels.Add(channel);
            }
        }

        return $"[{string.Join(", ", channels.Order().Select(ChannelNames.Key))}]";
    }

    private static InvalidRequestException Refused(Lever lever, string text, string why) =>
        new($"--set {lever.Id}={text}: {why}; {lever.Label} ({lever.Place}) takes {lever.Range} (now {lever.Current}).");
}
