using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// Lays an overlay tree over a base tree (for <c>extends</c>). Mappings merge key by key; a list whose items are all
/// mappings with an <c>id</c> (control rooms, forces, incident types) merges item by item by id, a new id being appended;
/// anything else in the overlay (a scalar, any other list, a value of another kind) replaces the base value.
/// Neither tree is changed: merged containers are new nodes placed where their base node was, and every other node
/// keeps its own place, so problems still point into the file each value came from.
/// </summary>
internal static class ScenarioMerge
{
    public const string IdKey = "id";

    public static YamlNode Merge(YamlNode baseNode, YamlNode overlay, NodeSources sources, string fallbackFile)
    {
        switch (baseNode, overlay)
        {
            case (YamlMappingNode baseMapping, YamlMappingNode overlayMapping):
                return MergeMappings(baseMapping, overlayMapping, sources, fallbackFile);
            case (YamlSequenceNode baseList, YamlSequenceNode overlayList)
                when overlayList.Children.Count > 0 && IsIdList(baseList) && IsIdList(overlayList):
                return MergeById(baseList, overlayList, sources, fallbackFile);
            default:
                return overlay;
        }
    }

    /// <summary>The <c>id</c> of a list item: the text of its <c>id</c> key, or <c>null</c> when it is not a mapping with one.</summary>
    public static string? IdOf(YamlNode item) =>
        item is YamlMappingNode mapping && Find(mapping, IdKey) is { } index
        && mapping.Children[index].Value is YamlScalarNode { Value: { Length: > 0 } id } scalar && !ScalarReader.IsNull(scalar)
            ? id
            : null;

    /// <summary>The position of the entry with the plain key <paramref name="key"/>, or <c>null</c>.</summary>
    public static int? Find(YamlMappingNode mapping, string key)
    {
        var index = 0;
        foreach (var (entryKey, _) in mapping.Children)
        {
            if (entryKey is YamlScalarNode { Value: { } name } && name == key)
            {
                return index;
            }

            index++;
        }

        return null;
    }

    /// <summary>A new mapping holding <paramref name="entries"/>, placed where <paramref name="original"/> is.</summary>
    public static YamlMappingNode Rebuild(YamlMappingNode original, IEnumerable<KeyValuePair<YamlNode, YamlNode>> entries, NodeSources sources, string fallbackFile)
    {
        var copy = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            copy.Children.Add(key, value);
        }

        sources.CopyLocation(original, copy, fallbackFile);
        return copy;
    }

    /// <summary>A new list holding <paramref name="items"/>, placed where <paramref name="original"/> is.</summary>
    public static YamlSequenceNode Rebuild(YamlSequenceNode original, IEnumerable<YamlNode> items, NodeSources sources, string fallbackFile)
    {
        var copy = new YamlSequenceNode(items);
        sources.CopyLocation(original, copy, fallbackFile);
        return copy;
    }

    private static YamlMappingNode MergeMappings(YamlMappingNode baseMapping, YamlMappingNode overlay, NodeSources sources, string fallbackFile)
    {
        var entries = baseMapping.Children.ToList();
        foreach (var (key, value) in overlay.Children)
        {
            var at = entries.FindIndex(entry => SameKey(entry.Key, key));
            if (at < 0)
            {
                entries.Add(new(key, value));
            }
            else
            {
                // The overlay's key node is kept, so a misspelt key repeated in the overlay is reported there.
                entries[at] = new(key, Merge(entries[at].Value, value, sources, fallbackFile));
            }
        }

        return Rebuild(baseMapping, entries, sources, fallbackFile);
    }

    private static YamlSequenceNode MergeById(YamlSequenceNode baseList, YamlSequenceNode overlay, NodeSources sources, string fallbackFile)
    {
        var items = baseList.Children.ToList();
        foreach (var item in overlay.Children)
        {
            var id = IdOf(item);
            var at = items.FindIndex(existing => IdOf(existing) == id);
            if (at < 0)
            {
                items.Add(item);
            }
            else
            {
                items[at] = Merge(items[at], item, sources, fallbackFile);
            }
        }

        return Rebuild(baseList, items, sources, fallbackFile);
    }

    private static bool IsIdList(YamlSequenceNode list) => list.Children.All(item => IdOf(item) is not null);

    private static bool SameKey(YamlNode a, YamlNode b) =>
        a is YamlScalarNode first && b is YamlScalarNode second ? first.Value == second.Value : a.Equals(b);
}
