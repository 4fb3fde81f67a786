using System.Text;

namespace ForceSim.Testing.Fuzzing;

/// <summary>
/// A random YAML node, written out by <see cref="ToFlow"/> or <see cref="ToBlock"/>: scalars, lists and maps, each
/// perhaps with an anchor or a tag, and aliases that may or may not name an anchor defined earlier.
/// </summary>
public abstract record YamlValue
{
    public string? Anchor { get; init; }

    public string? Tag { get; init; }

    /// <summary>The node in flow style, on one line: <c>{key: [1, 2], other: &amp;a x}</c>.</summary>
    public string ToFlow() => Properties() + Flow();

    /// <summary>The node as a whole document in block style.</summary>
    public string ToBlock()
    {
        var text = new StringBuilder();
        WriteBlock(text, 0);
        return text.ToString();
    }

    public sealed override string ToString() => ToFlow();

    internal abstract string Flow();

    internal abstract void WriteBlock(StringBuilder text, int indent);

    /// <summary>Whether the node is written on its key's or its item's own line in block style.</summary>
    internal virtual bool IsInline => true;

    internal string Properties()
    {
        return (Tag is null ? "" : Tag + " ") + (Anchor is null ? "" : "&" + Anchor + " ");
    }

    /// <summary>Writes <paramref name="child"/> after a key or a dash: on the same line when inline, else below, indented.</summary>
    internal static void WriteChild(StringBuilder text, YamlValue child, int indent)
    {
        if (child.IsInline)
        {
            text.Append(' ').Append(child.ToFlow()).Append('\n');
            return;
        }

        var properties = child.Properties().TrimEnd();
        text.Append(properties.Length > 0 ? " " + properties : "").Append('\n');
        child.WriteBlock(text, indent + 2);
    }
}

public sealed record YamlScalar(string Text) : YamlValue
{
    internal override string Flow() => Text;

    internal override void WriteBlock(StringBuilder text, int indent) => text.Append(' ', indent).Append(ToFlow()).Append('\n');
}

/// <summary>A reference to an anchor (<c>*name</c>); it carries no properties of its own.</summary>
public sealed record YamlAlias(string Name) : YamlValue
{
    internal override string Flow() => "*" + Name;

    internal override void WriteBlock(StringBuilder text, int indent) => text.Append(' ', indent).Append(Flow()).Append('\n');
}

public sealed record YamlList(IReadOnlyList<YamlValue> Items) : YamlValue
{
    internal override bool IsInline => Items.Count == 0;

    internal override string Flow() => "[" + string.Join(", ", Items.Select(i => i.ToFlow())) + "]";

    internal override void WriteBlock(StringBuilder text, int indent)
    {
        foreach (var item in Items)
        {
            text.Append(' ', indent).Append('-');
            WriteChild(text, item, indent);
        }
    }
}

public sealed record YamlMap(IReadOnlyList<KeyValuePair<string, YamlValue>> Entries) : YamlValue
{
    internal override bool IsInline => Entries.Count == 0;

    internal override string Flow() => "{" + string.Join(", ", Entries.Select(e => e.Key + ": " + e.Value.ToFlow())) + "}";

    internal override void WriteBlock(StringBuilder text, int indent)
    {
        foreach (var (key, value) in Entries)
        {
            text.Append(' ', indent).Append(key).Append(':');
            WriteChild(text, value, indent);
        }
    }
}
