using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ForceSim.Model.Loading;

/// <summary>
/// Refuses an alias to a list or mapping from inside that same list or mapping (<c>&amp;a [*a]</c>). YAML allows
/// such a node, but it has no end: hashing it as a mapping key, or walking it, recurses until the process dies of
/// a stack overflow, which no handler can catch. Reported as a syntax error at the alias.
/// </summary>
internal sealed class RecursiveAliasFilter(IParser inner) : IParser
{
    /// <summary>For each anchor name, the collection it was last given to while that collection is still open.</summary>
    private readonly Dictionary<string, int> openAnchors = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, int Id)> open = new();
    private int nextId;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias when openAnchors.ContainsKey(alias.Value.Value):
                throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value.Value}' is inside the node its anchor names, so that node would contain itself; copy the values instead");
            case MappingStart or SequenceStart:
                var start = (NodeEvent)inner.Current;
                var anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                var id = nextId++;
                if (anchor is not null)
                {
                    openAnchors[anchor] = id;
                }

                open.Push((anchor, id));
                break;
            case MappingEnd or SequenceEnd when open.TryPop(out var closed):
                if (closed.Anchor is not null && openAnchors.TryGetValue(closed.Anchor, out var latest) && latest == closed.Id)
                {
                    openAnchors.Remove(closed.Anchor);
                }

                break;
            case Scalar { Anchor.IsEmpty: false } scalar:
                // The name now stands for this scalar, not for any open collection that had it before.
                openAnchors.Remove(scalar.Anchor.Value);
                break;
        }

        return true;
    }
}
