using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// Applies <c>--set PATH=VALUE</c> options to a composed scenario tree, before binding. VALUE is YAML (<c>0.8</c>, <c>true</c>,
/// <c>square_root</c>, <c>none</c>, even <c>[1, 2]</c> or <c>{dist: constant, value: 5}</c>), or a change to the number
/// already there: <c>+20</c>, <c>-5</c> or <c>*1.1</c>. A missing key is created (the binder then checks it is allowed).
/// Problems with an option are reported against the file <c>--set</c>, on the line numbered by the option's position.
/// </summary>
internal static class ScenarioOverrides
{
    /// <summary>The "file" that problems with <c>--set</c> options are reported against.</summary>
    public const string Source = "--set";

    private const string Example = "e.g. run.seed=7, forces.cambridgeshire.investigation.supervisors=+5 or control_rooms[0].call_handlers.shifts[1].staff=12";

    /// <summary>Applies <paramref name="overrides"/> in order to <paramref name="root"/>, or only checks their form when it is <c>null</c>.</summary>
    public static YamlNode? Apply(YamlNode? root, IReadOnlyList<string> overrides, NodeSources sources, string fallbackFile, List<ScenarioProblem> problems)
    {
        for (var i = 0; i < overrides.Count; i++)
        {
            var location = new SourceLocation(Source, i + 1, 0);
            var change = Parse(overrides[i], location, sources, problems);
            if (change is not null && root is not null)
            {
                root = new Applier(change, location, sources, fallbackFile, problems).Apply(root, 0) ?? root;
            }
        }

        return root;
    }

    private static Change? Parse(string option, SourceLocation location, NodeSources sources, List<ScenarioProblem> problems)
    {
        var equals = option.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            return Malformed("", $"'{option}' is not PATH=VALUE, {Example}");
        }

        var pathText = option[..equals].Trim();
        var valueText = option[(equals + 1)..].Trim();
        if (pathText.Length == 0)
        {
            return Malformed("", $"'{option}' has no key path before '='; write PATH=VALUE, {Example}");
        }

        if (!OverridePath.TryParse(pathText, out var path, out var pathError))
        {
            return Malformed(pathText, $"not a key path: {pathError}; separate keys with '.' and pick list items by id or by position as [0], [1], …, {Example}");
        }

        if (path!.Segments[0].Key == ScenarioComposer.ExtendsKey)
        {
            return Malformed(pathText, "extends cannot be set from the command line; write an overlay file that extends the scenario instead");
        }

        if (valueText.Length == 0)
        {
            return Malformed(pathText, $"has no value after '='; write PATH=VALUE, {Example}");
        }

        if (valueText[0] is '+' or '-' or '*')
        {
            var operand = valueText[1..].Trim();
            if (!double.TryParse(operand, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || !double.IsFinite(amount))
            {
                return Malformed(pathText, $"'{valueText}' is not a relative change: '{valueText[0]}' must be followed by a number, as in +20, -5 or *1.1");
            }

            var whole = long.TryParse(operand, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
            return new Change(path, null, new Relative(valueText[0], amount, whole, valueText));
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new RecursiveAliasFilter(new Parser(new StringReader(valueText))));
        }
        catch (YamlException exception)
        {
            return Malformed(pathText, $"the value '{valueText}' is not valid YAML: {exception.Message}");
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet's parser fails these ways on a malformed tag ("!!in[t") and on some unclosed flow collections.
            return Malformed(pathText, $"the value '{valueText}' is not valid YAML: {exception.Message.Split(" (Parameter", 2)[0]}");
        }

        if (stream.Documents.Count != 1)
        {
            return Malformed(pathText, $"the value '{valueText}' is not a single YAML value");
        }

        var value = stream.Documents[0].RootNode;
        sources.AddAll(value, location);
        return new Change(path, value, null);

        Change? Malformed(string keyPath, string message)
        {
            problems.Add(new ScenarioProblem(location.File, location.Line, location.Column, keyPath, message));
            return null;
        }
    }

    /// <summary>One parsed option: where, and either a new value or a relative change.</summary>
    private sealed record Change(OverridePath Path, YamlNode? Value, Relative? Relative);

    /// <summary><c>+20</c>, <c>-5</c> or <c>*1.1</c>; <paramref name="Whole"/> when the amount is written as a whole number.</summary>
    private sealed record Relative(char Operator, double Amount, bool Whole, string Text);

    /// <summary>Walks one option's path, copying each container it passes through (the parsed trees are never changed).</summary>
    private sealed class Applier(Change change, SourceLocation location, NodeSources sources, string fallbackFile, List<ScenarioProblem> problems)
    {
        private IReadOnlyList<OverridePath.Segment> Segments => change.Path.Segments;

        /// <summary>The replacement for <paramref name="node"/>, reached by the first <paramref name="depth"/> segments; <c>null</c> after a problem.</summary>
        public YamlNode? Apply(YamlNode node, int depth)
        {
            var segment = Segments[depth];
            return node switch
            {
                YamlMappingNode mapping when segment.Key is { } key => InMapping(mapping, key, depth),
                YamlMappingNode => Fail($"'{Here(depth)}' is a mapping of keys, not a list, so it has no item {segment}; name a key instead"),
                YamlSequenceNode sequence => InList(sequence, segment, depth),
                _ when segment.Key is { } key && ScalarReader.IsNull(node) => InMapping(Created(new YamlMappingNode()), key, depth),
                _ => Fail($"'{Here(depth)}' is {ScalarReader.Describe(node)}, a single value, so it has no '{segment}'"),
            };
        }

        /// <summary>"Did you mean", with the corrected path, for the first key on the path that is not in the scenario when one there is close to it.</summary>
        private string? _misspelt;

        private YamlNode? InMapping(YamlMappingNode mapping, string key, int depth)
        {
            var at = ScenarioMerge.Find(mapping, key);
            var existing = at is { } index ? mapping.Children[index].Value : null;
            if (existing is null && _misspelt is null
                && Suggestions.Closest(key, mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>()) is { } suggestion)
            {
                var through = change.Path.Prefix(depth + 1);
                var rest = change.Path.Text.StartsWith(through, StringComparison.Ordinal) ? change.Path.Text[through.Length..] : "";
                _misspelt = $"'{key}' is not set here; did you mean '{(depth == 0 ? suggestion : Here(depth) + "." + suggestion)}{rest}'?";
            }

            YamlNode? replacement;
            if (depth == Segments.Count - 1)
            {
                replacement = NewValue(existing, depth);
            }
            else if (existing is not null)
            {
                replacement = Apply(existing, depth + 1);
            }
            else if (Segments[depth + 1].Key is null)
            {
                return Fail($"'{Here(depth + 1)}' is not set, so it has no item {Segments[depth + 1]}");
            }
            else
            {
                replacement = Apply(Created(new YamlMappingNode()), depth + 1);
            }

            if (replacement is null)
            {
                return null;
            }

            var entries = mapping.Children.ToList();
            if (at is { } position)
            {
                entries[position] = new(entries[position].Key, replacement);
            }
            else
            {
                entries.Add(new(Created(new YamlScalarNode(key)), replacement));
            }

            return ScenarioMerge.Rebuild(mapping, entries, sources, fallbackFile);
        }

        private YamlNode? InList(YamlSequenceNode list, OverridePath.Segment segment, int depth)
        {
            var items = list.Children.ToList();
            int at;
            if (segment.Key is { } id)
            {
                at = items.FindIndex(item => ScenarioMerge.IdOf(item) == id);
                if (at < 0)
                {
                    var ids = items.Select(ScenarioMerge.IdOf).OfType<string>().ToList();
                    var hint = Suggestions.Closest(id, ids) is { } suggestion
                        ? $"did you mean '{suggestion}'?"
                        : ids.Count == 0
                            ? $"its items have no ids, so pick one by position, such as {Here(depth)}[0]"
                            : $"the ids are: {string.Join(", ", ids)}";
                    return Fail($"'{Here(depth)}' has no item with id '{id}'; {hint}");
                }
            }
            else if (segment.Index >= items.Count)
            {
                return Fail(items.Count == 0
                    ? $"'{Here(depth)}' is an empty list, so it has no item {segment}"
                    : Invariant($"'{Here(depth)}' has {items.Count} item(s), so {segment} is out of range; the last is [{items.Count - 1}]"));
            }
            else
            {
                at = segment.Index;
            }

            var replacement = depth == Segments.Count - 1 ? NewValue(items[at], depth) : Apply(items[at], depth + 1);
            if (replacement is null)
            {
                return null;
            }

            items[at] = replacement;
            return ScenarioMerge.Rebuild(list, items, sources, fallbackFile);
        }

        /// <summary>The value to put where <paramref name="existing"/> is (or would be, when <c>null</c>).</summary>
        private YamlNode? NewValue(YamlNode? existing, int depth)
        {
            if (change.Relative is not { } relative)
            {
                return change.Value;
            }

            if (existing is null)
            {
                return Fail($"is not set, so '{relative.Text}' has nothing to change; give the value itself, such as {Here(depth + 1)}=10");
            }

            if (!ScalarReader.TryGetNumber(existing, out var original))
            {
                return Fail($"is {ScalarReader.Describe(existing)}, not a number, so '{relative.Text}' cannot change it");
            }

            var originalWhole = existing is YamlScalarNode { Value: { } text }
                && long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
            var result = Compute(original, originalWhole, relative);
            var node = Created(new YamlScalarNode(result) { Style = ScalarStyle.Plain });
            if (relative.Operator == '*')
            {
                sources.MarkRoundToWhole(node);
            }

            return node;
        }

        /// <summary>The changed number as YAML text: whole when both numbers are whole and the change is + or -.</summary>
        private static string Compute(double original, bool originalWhole, Relative relative)
        {
            if (relative.Operator != '*' && originalWhole && relative.Whole && Math.Abs(original) < 9e15 && Math.Abs(relative.Amount) < 9e15)
            {
                var sum = (long)original + (relative.Operator == '+' ? (long)relative.Amount : -(long)relative.Amount);
                return sum.ToString(CultureInfo.InvariantCulture);
            }

            var value = relative.Operator switch
            {
                '+' => original + relative.Amount,
                '-' => original - relative.Amount,
                _ => original * relative.Amount,
            };

            // 15 significant digits: 100000 * 1.1 is written 110000, not 110000.00000000001.
            return value.ToString("G15", CultureInfo.InvariantCulture);
        }

        private T Created<T>(T node)
            where T : YamlNode
        {
            sources.AddAll(node, location);
            return node;
        }

        /// <summary>The option's path up to (not including) segment <paramref name="count"/>; the scenario itself for none.</summary>
        private string Here(int count) => count == 0 ? "the scenario" : change.Path.Prefix(count);

        private YamlNode? Fail(string message)
        {
            // A path that fails where it leaves the scenario at a near-miss of a key there: the misspelling is the cause.
            problems.Add(new ScenarioProblem(location.File, location.Line, location.Column, change.Path.Text, _misspelt ?? message));
            return null;
        }
    }
}
