using ForceSim.Model.Assumptions;
using YamlDotNet.RepresentationModel;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>Binds an assumptions file: <c>name</c> and the <c>parameters</c> list, each with path, range, prior and reason.</summary>
internal static class AssumptionsBinder
{
    private static readonly ChoiceSet<PriorShape> Shapes = new(
        ("uniform", PriorShape.Uniform),
        ("normal", PriorShape.Normal),
        ("lognormal", PriorShape.LogNormal),
        ("beta", PriorShape.Beta));

    public static AssumptionSet? Bind(BindContext context, YamlNode root, string fileName)
    {
        var top = MappingReader.Open(context, root, KeyPath.Root);
        if (top is null)
        {
            return null;
        }

        var name = top.Text("name", Path.GetFileNameWithoutExtension(fileName));
        var parameters = new List<AssumedParameter>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in top.NonEmptyList("parameters", "assumed parameter"))
        {
            if (MappingReader.Open(context, item.Node, item.Path) is not { } reader)
            {
                continue;
            }

            var parameter = BindParameter(reader);
            if (parameter.Path.Length > 0 && !seen.Add(parameter.Path))
            {
                reader.Report("path", $"'{parameter.Path}' is declared twice; declare each assumed parameter once");
            }

            parameters.Add(parameter);
        }

        return new AssumptionSet { Name = name, SourcePath = fileName, Parameters = parameters };
    }

    private static AssumedParameter BindParameter(MappingReader reader)
    {
        var path = reader.RequiredText("path");
        if (path.Length > 0 && !OverridePath.TryParse(path, out _, out var error))
        {
            reader.Report("path", $"not a scenario key path: {error}; write it as for --set, e.g. forces.cambridgeshire.response.paperwork_minutes_per_crime");
            path = "";
        }

        var low = RequiredNumber(reader, "low");
        var high = RequiredNumber(reader, "high");
        if (low is { } lo && high is { } hi && lo >= hi)
        {
            reader.Report("high", Invariant($"must be above low ({lo}) (got {hi}); a value known exactly is not an assumption to vary"));
        }

        var prior = reader.Optional("prior") is { } priorNode ? BindPrior(reader, priorNode, low, high) : ParameterPrior.Uniform;
        return new AssumedParameter
        {
            Path = path,
            Low = low ?? 0,
            High = high ?? 0,
            Reason = reader.RequiredText("reason"),
            Group = reader.Text("group", ""),
            Prior = prior,
        };
    }

    /// <summary><c>prior: uniform</c>, or a mapping <c>{dist: normal, mean, sd}</c>, <c>{dist: lognormal, mean, sd}</c> or <c>{dist: beta, alpha, beta}</c>.</summary>
    private static ParameterPrior BindPrior(MappingReader parameter, YamlNode node, double? low, double? high)
    {
        var path = parameter.PathOf("prior");
        if (node is YamlScalarNode)
        {
            var shape = ScalarReader.Choice(parameter.Context, node, path, Shapes);
            if (shape is { } s && s != PriorShape.Uniform)
            {
                parameter.Report("prior", $"a {Shapes.NameOf(s)} prior needs its numbers: write it as a mapping, e.g. {Example(s)}");
            }

            return ParameterPrior.Uniform;
        }

        if (MappingReader.Open(parameter.Context, node, path) is not { } reader
            || (reader.Required("dist") is { } distNode ? ScalarReader.Choice(reader.Context, distNode, reader.PathOf("dist"), Shapes) : null) is not { } dist)
        {
            return ParameterPrior.Uniform;
        }

        switch (dist)
        {
            case PriorShape.Normal:
            case PriorShape.LogNormal:
                var mean = RequiredNumber(reader, "mean") ?? 0;
                var sd = reader.RequiredNumber("sd", NumberRange.Positive);
                if (low is { } lo && high is { } hi && (mean < lo || mean > hi))
                {
                    reader.Report("mean", Invariant($"must lie in the plausible range [{lo}, {hi}] (got {mean})"));
                }

                if (dist == PriorShape.LogNormal && low is <= 0)
                {
                    parameter.Report("low", Invariant($"must be above 0 for a lognormal prior (got {low})"));
                }

                return new ParameterPrior(dist, Mean: mean, Sd: sd);
            case PriorShape.Beta:
                return new ParameterPrior(dist, Alpha: reader.RequiredNumber("alpha", NumberRange.Positive), Beta: reader.RequiredNumber("beta", NumberRange.Positive));
            default:
                return ParameterPrior.Uniform;
        }
    }

    private static double? RequiredNumber(MappingReader reader, string key)
    {
        if (reader.Required(key) is not { } node)
        {
            return null;
        }

        if (!ScalarReader.TryGetNumber(node, out var value))
        {
            reader.Report(key, $"must be a number (got {ScalarReader.Describe(node)})");
            return null;
        }

        return value;
    }

    private static string Example(PriorShape shape) => shape switch
    {
        PriorShape.Beta => "{dist: beta, alpha: 2, beta: 2}",
        PriorShape.LogNormal => "{dist: lognormal, mean: 40, sd: 10}",
        _ => "{dist: normal, mean: 40, sd: 10}",
    };
}
