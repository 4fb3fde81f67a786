using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// Where each node of a composed scenario tree came from. A scenario made from a base file, the files that extend it and
/// <c>--set</c> options is bound as one tree, but a problem must still name the file and line of the node it concerns.
/// Nodes are told apart by identity, not by value. A node that was never added is placed in the fallback file at its start mark.
/// </summary>
internal sealed class NodeSources
{
    private readonly Dictionary<YamlNode, SourceLocation> locations = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<YamlNode> roundToWhole = new(ReferenceEqualityComparer.Instance);

    /// <summary>Places <paramref name="root"/> and every node under it (keys included) in <paramref name="file"/>, each at its own start mark.</summary>
    public void AddFile(YamlNode root, string file) => Walk(root, node => SourceLocation.At(file, node.Start));

    /// <summary>Places <paramref name="root"/> and every node under it at <paramref name="location"/>, e.g. a <c>--set</c> option.</summary>
    public void AddAll(YamlNode root, SourceLocation location) => Walk(root, _ => location);

    /// <summary>Gives <paramref name="copy"/> (a merged or rewritten container) the location of the node it was made from.</summary>
    public void CopyLocation(YamlNode original, YamlNode copy, string fallbackFile) => locations[copy] = Locate(original, fallbackFile);

    public SourceLocation Locate(YamlNode node, string fallbackFile) =>
        locations.TryGetValue(node, out var location) ? location : SourceLocation.At(fallbackFile, node.Start);

    /// <summary>Marks a number made by a <c>*</c> change: a setting that must be whole takes it rounded to the nearest whole number.</summary>
    public void MarkRoundToWhole(YamlNode node) => roundToWhole.Add(node);

    public bool RoundsToWhole(YamlNode node) => roundToWhole.Contains(node);

    private void Walk(YamlNode root, Func<YamlNode, SourceLocation> locate)
    {
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (!locations.TryAdd(node, locate(node)))
            {
                continue; // an alias to a node already placed
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }
}
