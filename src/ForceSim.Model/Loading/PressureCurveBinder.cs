using ForceSim.Model.Scenarios;
using YamlDotNet.RepresentationModel;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// Binds a <see cref="PressureCurve"/>: a plain number (the same whatever the pressure) or a list of points such as
/// <c>[{calls_waiting: 0, share: 0.9}, {calls_waiting: 20, share: 0.4}]</c> in increasing pressure.
/// </summary>
internal static class PressureCurveBinder
{
    public static PressureCurve Optional(MappingReader parent, string key, string pressureKey, string valueKey, PressureCurve fallback)
    {
        var node = parent.Optional(key);
        if (node is null)
        {
            return fallback;
        }

        var path = parent.PathOf(key);
        if (node is YamlScalarNode)
        {
            return ScalarReader.Number(parent.Context, node, path, NumberRange.Probability) is { } share ? PressureCurve.Constant(share) : fallback;
        }

        var points = new List<CurvePoint>();
        foreach (var item in ListReader.Items(parent.Context, node, path))
        {
            var point = MappingReader.Open(parent.Context, item.Node, item.Path);
            if (point is null)
            {
                continue;
            }

            var pressure = point.RequiredNumber(pressureKey, InputLimits.Weight);
            var value = point.RequiredNumber(valueKey, NumberRange.Probability);
            if (points.Count > 0 && pressure <= points[^1].Pressure)
            {
                point.Report(pressureKey, Invariant($"must be greater than the previous point's {pressureKey} ({points[^1].Pressure}): list points in increasing {pressureKey}"));
            }

            points.Add(new CurvePoint(pressure, value));
        }

        if (points.Count == 0 && node is YamlSequenceNode)
        {
            parent.Report(key, $"must list at least one point such as {{{pressureKey}: 0, {valueKey}: 1}}, or be a single number");
        }

        return points.Count == 0 ? fallback : new PressureCurve(points);
    }
}
