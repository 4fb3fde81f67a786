using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// <c>force_template</c> and <c>control_room_template</c>: settings every item of <c>forces</c> (or <c>control_rooms</c>)
/// inherits, each item overriding what it knows, by the same rules as <c>extends</c>. A national model of 43 forces then
/// writes the shared incident mix, triage policy and investigation settings once. Applied after <c>extends</c> merging
/// (so an overlay may change a template for every item) and before <c>--set</c> (so an option sees whole items).
/// </summary>
internal static class ScenarioTemplates
{
    public const string ForceTemplateKey = "force_template";
    public const string ControlRoomTemplateKey = "control_room_template";

    private static readonly (string Template, string List)[] Pairs =
    [
        (ControlRoomTemplateKey, "control_rooms"),
        (ForceTemplateKey, "forces"),
    ];

    /// <summary>The tree with each template laid under the items of its list and the template keys removed; unchanged when there are none.</summary>
    public static YamlNode? Apply(YamlNode? root, NodeSources sources, string fileName, List<ScenarioProblem> problems)
    {
        if (root is not YamlMappingNode mapping || Pairs.All(pair => ScenarioMerge.Find(mapping, pair.Template) is null))
        {
            return root;
        }

        var entries = mapping.Children.ToList();
        foreach (var (templateKey, listKey) in Pairs)
        {
            var at = entries.FindIndex(entry => entry.Key is YamlScalarNode { Value: { } key } && key == templateKey);
            if (at < 0)
            {
                continue;
            }

            var template = entries[at].Value;
            entries.RemoveAt(at);
            if (!IsUsable(template, templateKey, sources, fileName, problems))
            {
                continue;
            }

            var listAt = entries.FindIndex(entry => entry.Key is YamlScalarNode { Value: { } key } && key == listKey);
            if (listAt >= 0 && entries[listAt].Value is YamlSequenceNode list)
            {
                var items = list.Children.Select(item => Inherit((YamlMappingNode)template, item, sources, fileName));
                entries[listAt] = new(entries[listAt].Key, ScenarioMerge.Rebuild(list, items, sources, fileName));
            }
        }

        return ScenarioMerge.Rebuild(mapping, entries, sources, fileName);
    }

    /// <summary>An item laid over the template, placed where the item is written; anything but a mapping is left for the binder to report.</summary>
    private static YamlNode Inherit(YamlMappingNode template, YamlNode item, NodeSources sources, string fileName)
    {
        if (item is not YamlMappingNode)
        {
            return item;
        }

        var merged = ScenarioMerge.Merge(template, item, sources, fileName);
        sources.CopyLocation(item, merged, fileName);
        return merged;
    }

    private static bool IsUsable(YamlNode template, string key, NodeSources sources, string fileName, List<ScenarioProblem> problems)
    {
        if (template is not YamlMappingNode mapping)
        {
            Report(template, key, $"must be a mapping of the keys every item inherits (got {ScalarReader.Describe(template)})");
            return false;
        }

        if (ScenarioMerge.Find(mapping, ScenarioMerge.IdKey) is { } idAt)
        {
            Report(mapping.Children[idAt].Key, $"{key}.{ScenarioMerge.IdKey}", "a template cannot hold 'id': each item names its own");
            return false;
        }

        return true;

        void Report(YamlNode node, string path, string message)
        {
            var location = sources.Locate(node, fileName);
            problems.Add(new ScenarioProblem(location.File, location.Line, location.Column, path, message));
        }
    }
}
