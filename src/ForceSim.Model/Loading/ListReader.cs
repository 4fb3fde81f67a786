using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>Reads YAML lists, reporting a problem when the value is not a list.</summary>
internal static class ListReader
{
    public static IReadOnlyList<ValueNode> Items(BindContext context, YamlNode node, string path)
    {
        context.Remember(path, node);
        if (node is not YamlSequenceNode sequence)
        {
            context.Report(node, path, $"must be a list (got {ScalarReader.Describe(node)})");
            return [];
        }

        if (sequence.Children.Count > InputLimits.ListCap(InputLimits.KeyOf(path)).Max)
        {
            // Lists made longer by merging overlays or --set; a single file is stopped while it is parsed.
            context.Report(node, path, InputLimits.TooManyItems(InputLimits.KeyOf(path), sequence.Children.Count, atLeast: false));
            return [];
        }

        var items = new List<ValueNode>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = KeyPath.Item(path, i);
            context.Remember(itemPath, sequence.Children[i]);
            items.Add(new ValueNode(sequence.Children[i], itemPath));
        }

        return items;
    }

    /// <summary>A list of numbers each in <paramref name="range"/>; <c>null</c> (with every bad item reported) when any is wrong.</summary>
    public static IReadOnlyList<double>? Numbers(BindContext context, YamlNode node, string path, NumberRange range)
    {
        var numbers = new List<double>();
        var valid = node is YamlSequenceNode;
        foreach (var item in Items(context, node, path))
        {
            if (ScalarReader.Number(context, item.Node, item.Path, range) is { } value)
            {
                numbers.Add(value);
            }
            else
            {
                valid = false;
            }
        }

        return valid ? numbers : null;
    }

    public static IReadOnlyList<string> Texts(BindContext context, YamlNode node, string path)
    {
        var texts = new List<string>();
        foreach (var item in Items(context, node, path))
        {
            if (ScalarReader.Text(context, item.Node, item.Path) is { } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }
}
