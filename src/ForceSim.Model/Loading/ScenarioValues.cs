using System.Globalization;
using ForceSim.Model.Assumptions;
using YamlDotNet.RepresentationModel;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// Checks assumed parameters against a scenario as written (after <c>extends</c> and <c>--set</c>): each path must name a
/// number the scenario states, and that number must lie in the parameter's plausible range. A value left to its default
/// is refused, because an assumption should be stated, with its reason, where it is used.
/// </summary>
internal static class ScenarioValues
{
    public static AssumptionSet Check(BindContext context, AssumptionSet set, string scenarioPath, IReadOnlyList<string> overrides, LoadOptions? options = null)
    {
        var root = Compose(scenarioPath, overrides, options, out var problem);
        if (root is null)
        {
            context.Report(KeyPath.Root, $"cannot check the parameters against the scenario {scenarioPath}: {problem}");
            return set;
        }

        var checkedParameters = new List<AssumedParameter>();
        for (var i = 0; i < set.Parameters.Count; i++)
        {
            var parameter = set.Parameters[i];
            var item = KeyPath.Item("parameters", i);
            var value = Resolve(root, parameter.Path, out var error);
            if (value is null)
            {
                context.Report(KeyPath.Child(item, "path"), $"'{parameter.Path}' does not name a number in the scenario {scenarioPath}: {error}");
            }
            else if (value < parameter.Low || value > parameter.High)
            {
                var end = value < parameter.Low ? "low" : "high";
                context.Report(KeyPath.Child(item, end), Invariant(
                    $"the scenario's value of {parameter.Path} is {value}, outside the plausible range [{parameter.Low}, {parameter.High}] declared here; widen the range or correct the scenario"));
            }

            checkedParameters.Add(parameter with { ScenarioValue = value });
        }

        return set with { Parameters = checkedParameters };
    }

    /// <summary>The scenario's tree as the loader sees it before binding, or <c>null</c> with the reason.</summary>
    private static YamlNode? Compose(string scenarioPath, IReadOnlyList<string> overrides, LoadOptions? options, out string problem)
    {
        string text;
        try
        {
            text = InputFile.ReadAllText(scenarioPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"cannot read it ({e.Message})";
            return null;
        }

        var composition = ScenarioComposer.Compose(text, scenarioPath, options);
        var problems = composition.Problems.ToList();
        var root = ScenarioTemplates.Apply(composition.Root, composition.Sources, scenarioPath, problems);
        root = overrides.Count > 0 ? ScenarioOverrides.Apply(root, overrides, composition.Sources, scenarioPath, problems) : root;
        problem = problems.Count > 0 ? $"it has problems of its own, the first: {problems[0]}" : "it is empty";
        return problems.Count == 0 ? root : null;
    }

    /// <summary>The number at <paramref name="pathText"/> (keys by name, list items by id or [position]), or <c>null</c> with what went wrong.</summary>
    public static double? Resolve(YamlNode root, string pathText, out string error)
    {
        if (!OverridePath.TryParse(pathText, out var path, out error))
        {
            return null;
        }

        var node = root;
        for (var depth = 0; depth < path!.Segments.Count; depth++)
        {
            var segment = path.Segments[depth];
            var here = depth == 0 ? "the scenario" : $"'{path.Prefix(depth)}'";
            YamlNode? next;
            switch (node)
            {
                case YamlMappingNode mapping when segment.Key is { } key:
                    next = ScenarioMerge.Find(mapping, key) is { } at ? mapping.Children[at].Value : null;
                    if (next is null)
                    {
                        var keys = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();
                        error = Suggestions.Closest(key, keys) is { } suggestion
                            ? $"{here} has no key '{key}'; did you mean '{suggestion}'?"
                            : $"{here} does not state '{key}' (its keys: {string.Join(", ", keys)}); an assumption must be written in the scenario, with its source";
                        return null;
                    }

                    break;
                case YamlSequenceNode list:
                    next = Item(list, segment, here, out error);
                    if (next is null)
                    {
                        return null;
                    }

                    break;
                default:
                    error = node is YamlMappingNode
                        ? $"{here} is a mapping of keys, so it has no item {segment}"
                        : $"{here} is {ScalarReader.Describe(node)}, a single value, so it has no '{segment}'";
                    return null;
            }

            node = next;
        }

        if (!ScalarReader.TryGetNumber(node, out var value))
        {
            error = node is YamlScalarNode
                ? $"it is {ScalarReader.Describe(node)}, not a number"
                : $"it is {ScalarReader.Describe(node)}; name one number inside it, such as {pathText}.mean";
            return null;
        }

        return value;
    }

    private static YamlNode? Item(YamlSequenceNode list, OverridePath.Segment segment, string here, out string error)
    {
        error = "";
        if (segment.Key is { } id)
        {
            var ids = list.Children.Select(ScenarioMerge.IdOf).ToList();
            var at = ids.IndexOf(id);
            if (at >= 0)
            {
                return list.Children[at];
            }

            var known = ids.OfType<string>().ToList();
            error = Suggestions.Closest(id, known) is { } suggestion
                ? $"{here} has no item with id '{id}'; did you mean '{suggestion}'?"
                : known.Count == 0 ? $"{here} has items without ids; pick one by position, such as [0]" : $"{here} has no item with id '{id}'; the ids are: {string.Join(", ", known)}";
            return null;
        }

        if (segment.Index < list.Children.Count)
        {
            return list.Children[segment.Index];
        }

        error = string.Create(CultureInfo.InvariantCulture, $"{here} has {list.Children.Count} item(s), so [{segment.Index}] is out of range");
        return null;
    }
}
