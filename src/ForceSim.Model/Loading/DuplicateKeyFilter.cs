using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ForceSim.Model.Loading;

/// <summary>
/// Sits between the YAML parser and <see cref="YamlDotNet.RepresentationModel.YamlStream"/>: reports every repeated
/// mapping key (with its key path) and drops the repeat with its value, so the first occurrence is kept and loading
/// goes on instead of stopping at the first duplicate. Also remembers how far parsing got, for syntax errors
/// that YamlDotNet raises without a position.
/// </summary>
internal sealed class DuplicateKeyFilter : IParser
{
    private readonly IParser inner;
    private readonly Action<Mark, string, string> report;
    private readonly Stack<Frame> frames = new();
    private bool skipping;
    private int skipDepth;

    /// <param name="inner">The parser to read events from.</param>
    /// <param name="report">Receives the position, key path and message of each duplicate key.</param>
    public DuplicateKeyFilter(IParser inner, Action<Mark, string, string> report)
    {
        this.inner = inner;
        this.report = report;
    }

    public ParsingEvent? Current => inner.Current;

    /// <summary>The end of the last event read; where a syntax error without a position was found.</summary>
    public Mark LastGoodMark { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var parsingEvent = inner.Current!;
            LastGoodMark = parsingEvent.End;
            if (skipping)
            {
                SkipPart(parsingEvent);
                continue;
            }

            if (IsRepeatedKey(parsingEvent))
            {
                skipping = true;
                skipDepth = 0;
                continue;
            }

            Track(parsingEvent);
            return true;
        }

        return false;
    }

    private bool IsRepeatedKey(ParsingEvent parsingEvent)
    {
        if (parsingEvent is not Scalar scalar || !frames.TryPeek(out var frame) || !frame.IsMapping || !frame.ExpectingKey)
        {
            return false;
        }

        var key = scalar.Value;
        if (frame.SeenKeys.TryGetValue(key, out var first))
        {
            report(scalar.Start, KeyPath.Child(frame.Path, key), FormattableString.Invariant(
                $"duplicate key '{key}' (first given on line {first.Line}); each key may appear once in a mapping"));
            return true;
        }

        frame.SeenKeys[key] = scalar.Start;
        return false;
    }

    /// <summary>Drops the value of a repeated key: one scalar or alias, or a whole nested collection.</summary>
    private void SkipPart(ParsingEvent parsingEvent)
    {
        if (parsingEvent is MappingStart or SequenceStart)
        {
            skipDepth++;
        }
        else if (parsingEvent is MappingEnd or SequenceEnd)
        {
            skipDepth--;
        }

        skipping = skipDepth > 0;
    }

    private void Track(ParsingEvent parsingEvent)
    {
        switch (parsingEvent)
        {
            case DocumentStart:
                frames.Clear();
                break;
            case MappingStart:
                frames.Push(new Frame(isMapping: true, PathOfNextNode()));
                break;
            case SequenceStart:
                frames.Push(new Frame(isMapping: false, PathOfNextNode()));
                break;
            case MappingEnd or SequenceEnd:
                frames.Pop();
                NodeDone();
                break;
            case Scalar scalar when frames.TryPeek(out var frame) && frame.IsMapping && frame.ExpectingKey:
                frame.CurrentKey = scalar.Value;
                frame.ExpectingKey = false;
                break;
            case Scalar or AnchorAlias:
                NodeDone();
                break;
        }
    }

    private string PathOfNextNode()
    {
        if (!frames.TryPeek(out var parent))
        {
            return KeyPath.Root;
        }

        return parent.IsMapping
            ? KeyPath.Child(parent.Path, parent.ExpectingKey ? "?" : parent.CurrentKey)
            : KeyPath.Item(parent.Path, parent.Index);
    }

    /// <summary>A whole node has been read: a mapping now expects its next key (or, after a complex key, its value).</summary>
    private void NodeDone()
    {
        if (!frames.TryPeek(out var parent))
        {
            return;
        }

        if (!parent.IsMapping)
        {
            parent.Index++;
        }
        else if (parent.ExpectingKey)
        {
            parent.CurrentKey = "?";
            parent.ExpectingKey = false;
        }
        else
        {
            parent.ExpectingKey = true;
        }
    }

    private sealed class Frame(bool isMapping, string path)
    {
        public bool IsMapping { get; } = isMapping;

        public string Path { get; } = path;

        public Dictionary<string, Mark> SeenKeys { get; } = new(StringComparer.Ordinal);

        public bool ExpectingKey { get; set; } = true;

        public string CurrentKey { get; set; } = "";

        public int Index { get; set; }
    }
}
