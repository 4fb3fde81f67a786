using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// Reads the keys of one YAML mapping. Every key a binder asks for (present or not) becomes an allowed key;
/// once binding is over, <see cref="BindContext.ReportUnknownKeys"/> reports the keys nobody asked for,
/// with a "did you mean" when one is close. The typed readers report wrong types and ranges and fall back to a default.
/// </summary>
internal sealed partial class MappingReader
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries = new(StringComparer.Ordinal);
    private readonly List<string> allowed = [];

    private MappingReader(BindContext context, YamlMappingNode node, string path)
    {
        Context = context;
        Node = node;
        Path = path;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar && !ScalarReader.IsNull(key))
            {
                entries.TryAdd(name, (scalar, value));
            }
            else
            {
                context.Report(key, path, $"keys must be plain names (got {ScalarReader.Describe(key)})");
            }
        }
    }

    public BindContext Context { get; }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    /// <summary>A reader for <paramref name="node"/>, or <c>null</c> (with a problem reported) when it is not a mapping.</summary>
    public static MappingReader? Open(BindContext context, YamlNode node, string path)
    {
        context.Remember(path, node);
        if (node is not YamlMappingNode mapping)
        {
            context.Report(node, path, $"must be a mapping of keys to values (got {ScalarReader.Describe(node)})");
            return null;
        }

        var reader = new MappingReader(context, mapping, path);
        context.Track(reader);
        return reader;
    }

    public string PathOf(string key) => KeyPath.Child(Path, key);

    public bool Has(string key)
    {
        Allow(key);
        return entries.ContainsKey(key);
    }

    /// <summary>The value of <paramref name="key"/>, or <c>null</c> when the key is absent.</summary>
    public YamlNode? Optional(string key)
    {
        Allow(key);
        if (!entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        Context.Remember(PathOf(key), entry.Value);
        return entry.Value;
    }

    /// <summary>The value of <paramref name="key"/>, reporting a problem at this mapping when the key is absent.</summary>
    public YamlNode? Required(string key)
    {
        var node = Optional(key);
        if (node is null)
        {
            Context.Report(Node, Path, $"missing required key '{key}'");
        }

        return node;
    }

    /// <summary>Every entry of a mapping whose keys are free names (such as crime classes); all of them are allowed.</summary>
    public IReadOnlyList<(string Key, ValueNode Value)> All()
    {
        var all = new List<(string, ValueNode)>();
        foreach (var (key, entry) in entries)
        {
            Allow(key);
            var path = PathOf(key);
            Context.Remember(path, entry.Value);
            all.Add((key, new ValueNode(entry.Value, path)));
        }

        return all;
    }

    /// <summary>Reports a problem at the value of <paramref name="key"/> (or at this mapping when it is absent).</summary>
    public void Report(string key, string message) => Context.Report(PathOf(key), message);

    public double Number(string key, double fallback, NumberRange range) =>
        Optional(key) is { } node ? ScalarReader.Number(Context, node, PathOf(key), range) ?? fallback : fallback;

    public double RequiredNumber(string key, NumberRange range) =>
        Required(key) is { } node ? ScalarReader.Number(Context, node, PathOf(key), range) ?? 0 : 0;

    public int Integer(string key, int fallback, int min, int max) =>
        Optional(key) is { } node ? (int?)ScalarReader.Integer(Context, node, PathOf(key), min, max) ?? fallback : fallback;

    public int RequiredInteger(string key, int min, int max) =>
        Required(key) is { } node ? (int?)ScalarReader.Integer(Context, node, PathOf(key), min, max) ?? min : min;

    public long Long(string key, long fallback, long min, long max) =>
        Optional(key) is { } node ? ScalarReader.Integer(Context, node, PathOf(key), min, max) ?? fallback : fallback;

    public bool Boolean(string key, bool fallback) =>
        Optional(key) is { } node ? ScalarReader.Boolean(Context, node, PathOf(key)) ?? fallback : fallback;

    public string Text(string key, string fallback) =>
        Optional(key) is { } node ? ScalarReader.Text(Context, node, PathOf(key)) ?? fallback : fallback;

    public string RequiredText(string key) =>
        Required(key) is { } node ? ScalarReader.Text(Context, node, PathOf(key)) ?? "" : "";

    /// <summary>A required lower-case identifier (<c>^[a-z][a-z0-9_-]*$</c>); empty when missing or malformed.</summary>
    public string RequiredIdentifier(string key)
    {
        var text = RequiredText(key);
        if (text.Length > 0 && !IdentifierPattern().IsMatch(text))
        {
            Report(key, $"must be a lower-case identifier: a letter a-z, then letters a-z, digits, '_' or '-' (got '{text}')");
            return "";
        }

        return text;
    }

    public T Choice<T>(string key, T fallback, ChoiceSet<T> choices)
        where T : struct, Enum =>
        Optional(key) is { } node ? ScalarReader.Choice(Context, node, PathOf(key), choices) ?? fallback : fallback;

    public DateOnly Date(string key, DateOnly fallback) =>
        Optional(key) is { } node ? ScalarReader.Date(Context, node, PathOf(key)) ?? fallback : fallback;

    /// <summary>A reader for the nested mapping at <paramref name="key"/>, or <c>null</c> when absent or not a mapping.</summary>
    public MappingReader? Mapping(string key) =>
        Optional(key) is { } node ? Open(Context, node, PathOf(key)) : null;

    public MappingReader? RequiredMapping(string key) =>
        Required(key) is { } node ? Open(Context, node, PathOf(key)) : null;

    /// <summary>The items of the list at <paramref name="key"/>; empty when absent (reported if <paramref name="required"/>) or not a list.</summary>
    public IReadOnlyList<ValueNode> List(string key, bool required)
    {
        var node = required ? Required(key) : Optional(key);
        return node is null ? [] : ListReader.Items(Context, node, PathOf(key));
    }

    /// <summary>A required list with at least one item; <paramref name="itemNoun"/> names an item in the message.</summary>
    public IReadOnlyList<ValueNode> NonEmptyList(string key, string itemNoun)
    {
        var node = Required(key);
        if (node is null)
        {
            return [];
        }

        var items = ListReader.Items(Context, node, PathOf(key));
        if (items.Count == 0 && node is YamlSequenceNode { Children.Count: 0 })
        {
            Report(key, $"must list at least one {itemNoun}");
        }

        return items;
    }

    /// <summary>The numbers of the list at <paramref name="key"/>, each in <paramref name="range"/>; <c>null</c> when absent or invalid.</summary>
    public IReadOnlyList<double>? Numbers(string key, NumberRange range) =>
        Optional(key) is { } node ? ListReader.Numbers(Context, node, PathOf(key), range) : null;

    public void ReportUnknownKeys()
    {
        foreach (var (name, entry) in entries)
        {
            if (allowed.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            if (Suggestions.Closest(name, allowed) is { } suggestion)
            {
                Context.ReportMisspelt(entry.Key, PathOf(name), $"unknown key '{name}'; did you mean '{suggestion}'?", suggestion);
                continue;
            }

            var hint = allowed.Count == 0 ? "no keys are allowed here" : $"allowed keys: {string.Join(", ", allowed)}";
            Context.Report(entry.Key, PathOf(name), $"unknown key '{name}'; {hint}");
        }
    }

    private void Allow(string key)
    {
        if (!allowed.Contains(key, StringComparer.Ordinal))
        {
            allowed.Add(key);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
