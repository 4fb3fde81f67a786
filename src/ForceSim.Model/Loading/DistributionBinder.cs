using ForceSim.Model.Distributions;
using YamlDotNet.RepresentationModel;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// Binds a distribution mapping such as <c>{dist: lognormal, mean: 60, sd: 40}</c>. All distributions describe
/// times or counts, so every value they can produce is zero or more.
/// </summary>
internal static class DistributionBinder
{
    private const string Example = "{dist: exponential, mean: 5}";

    private static readonly string[] ParameterKeys = ["value", "mean", "sd", "shape", "min", "max", "values", "weights"];

    public static Distribution Optional(MappingReader parent, string key, Distribution fallback) =>
        parent.Optional(key) is { } node ? Bind(parent.Context, node, parent.PathOf(key)) : fallback;

    public static Distribution Required(MappingReader parent, string key) =>
        parent.Required(key) is { } node ? Bind(parent.Context, node, parent.PathOf(key)) : Distribution.Constant(0);

    /// <summary>An optional distribution where <c>none</c> (or an absent key, or <c>null</c>) gives <c>null</c>.</summary>
    public static Distribution? OptionalOrNone(MappingReader parent, string key)
    {
        var node = parent.Optional(key);
        if (node is null || ScalarReader.IsNull(node) || node is YamlScalarNode { Value: "none" })
        {
            return null;
        }

        return node is YamlScalarNode
            ? Fail(parent.Context, node, parent.PathOf(key), $"must be none or a distribution such as {Example}")
            : Bind(parent.Context, node, parent.PathOf(key));
    }

    /// <summary>The distribution at <paramref name="node"/>; a constant 0 (with problems reported) when it is not valid.</summary>
    public static Distribution Bind(BindContext context, YamlNode node, string path)
    {
        if (node is YamlScalarNode)
        {
            return Fail(context, node, path, $"must be a distribution such as {Example} or {{dist: constant, value: 5}}");
        }

        var reader = MappingReader.Open(context, node, path);
        if (reader is null)
        {
            return Distribution.Constant(0);
        }

        var kindNode = reader.Required("dist");
        var kind = kindNode is null ? null : ScalarReader.Choice(context, kindNode, reader.PathOf("dist"), ScenarioNames.DistributionKinds);
        var problemsBefore = context.Problems.Count;
        var distribution = kind switch
        {
            DistributionKind.Constant => Distribution.Constant(reader.RequiredNumber("value", InputLimits.DistributionValue)),
            DistributionKind.Exponential => Distribution.Exponential(reader.RequiredNumber("mean", InputLimits.PositiveDistributionValue)),
            DistributionKind.LogNormal => Distribution.LogNormal(
                reader.RequiredNumber("mean", InputLimits.PositiveDistributionValue), reader.RequiredNumber("sd", InputLimits.DistributionValue)),
            DistributionKind.Gamma => Distribution.Gamma(
                reader.RequiredNumber("mean", InputLimits.PositiveDistributionValue), reader.RequiredNumber("shape", InputLimits.PositiveDistributionValue)),
            DistributionKind.Uniform => Uniform(reader),
            DistributionKind.Empirical => Empirical(reader),
            _ => AllowAnyParameters(reader),
        };
        if (context.Problems.Count == problemsBefore)
        {
            DistributionLimits.Check(reader, distribution);
        }

        return context.Problems.Count == problemsBefore ? distribution : Distribution.Constant(0);
    }

    private static Distribution Uniform(MappingReader reader)
    {
        var min = reader.RequiredNumber("min", InputLimits.DistributionValue);
        var max = reader.RequiredNumber("max", InputLimits.DistributionValue);
        if (reader.Has("min") && reader.Has("max") && max < min)
        {
            reader.Report("max", Invariant($"must be at least min ({min}) (got {max})"));
        }

        return Distribution.Uniform(min, max);
    }

    private static Distribution Empirical(MappingReader reader)
    {
        var valuesNode = reader.Required("values");
        var values = valuesNode is null ? null : ListReader.Numbers(reader.Context, valuesNode, reader.PathOf("values"), InputLimits.DistributionValue);
        if (values is { Count: 0 })
        {
            reader.Report("values", "must list at least one value");
        }

        var weights = reader.Numbers("weights", InputLimits.Weight);
        if (values is not null && weights is { Count: > 0 })
        {
            if (weights.Count != values.Count)
            {
                reader.Report("weights", Invariant($"must have one weight per value ({values.Count}) (got {weights.Count})"));
            }
            else if (weights.Sum() <= 0)
            {
                reader.Report("weights", "must have a positive sum (all weights are 0)");
            }
        }

        return Distribution.Empirical(values ?? [], weights ?? []);
    }

    /// <summary>When the family is unknown, its parameters cannot be checked; accept their names so only the family is reported.</summary>
    private static Distribution AllowAnyParameters(MappingReader reader)
    {
        foreach (var key in ParameterKeys)
        {
            reader.Has(key);
        }

        return Distribution.Constant(0);
    }

    private static Distribution Fail(BindContext context, YamlNode node, string path, string allowed)
    {
        context.Report(node, path, $"{allowed} (got {ScalarReader.Describe(node)})");
        return Distribution.Constant(0);
    }
}
