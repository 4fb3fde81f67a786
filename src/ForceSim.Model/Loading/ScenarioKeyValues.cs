using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// The value a scenario file sets at each of some <c>--set</c> key paths, read from its composed tree (after
/// <c>extends</c> and overrides). A posterior uses it to check that its parameters are values the scenario sets, and to
/// see which of them a what-if, a <c>--set</c> or a sweep factor changes (those keep the request's value).
/// </summary>
public static class ScenarioKeyValues
{
    /// <summary>
    /// Each key path's scalar text, or <c>null</c> where the path is not in the scenario, is not a single value, or is not a
    /// key path at all. The file is assumed to load (a caller checks it first); if it does not, every value is <c>null</c>.
    /// </summary>
    public static IReadOnlyList<string?> Read(string path, IReadOnlyList<string> keyPaths, IReadOnlyList<string>? overrides = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(keyPaths);
        YamlNode? root;
        try
        {
            var composition = ScenarioComposer.Compose(InputFile.ReadAllText(path), path, options);
            root = composition.Root;
            if (root is not null && overrides is { Count: > 0 })
            {
                root = ScenarioOverrides.Apply(root, overrides, composition.Sources, path, []);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            root = null;
        }

        return [.. keyPaths.Select(k => root is not null && OverridePath.TryParse(k, out var parsed, out _) ? At(root, parsed!) : null)];
    }

    private static string? At(YamlNode node, OverridePath path)
    {
        foreach (var segment in path.Segments)
        {
            YamlNode? next = null;
            if (node is YamlMappingNode mapping && segment.Key is { } key && ScenarioMerge.Find(mapping, key) is { } at)
            {
                next = mapping.Children[at].Value;
            }
            else if (node is YamlSequenceNode list)
            {
                next = segment.Key is { } id
                    ? list.Children.FirstOrDefault(item => ScenarioMerge.IdOf(item) == id)
                    : segment.Index < list.Children.Count ? list.Children[segment.Index] : null;
            }

            if (next is null)
            {
                return null;
            }

            node = next;
        }

        return node is YamlScalarNode { Value: { } text } && !ScalarReader.IsNull(node) ? text : null;
    }
}
