using CsCheck;

namespace ForceSim.Testing.Fuzzing;

/// <summary>
/// CsCheck generators of hostile input: shipped files with one to four mutations, and random YAML documents built from
/// the keys the shipped files use. Every choice is a small integer, so CsCheck shrinks a failure to few, simple edits.
/// </summary>
public static class FuzzGen
{
    private static readonly string[] Anchors = ["a", "b", "c"];

    private static readonly string?[] Tags = [null, "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq", "!!timestamp", "!x", "!<tag:yaml.org,2002:binary>"];

    private static readonly Lazy<string[]> LazyKeys = new(() =>
        [.. ShippedInputs.All.SelectMany(i => TextEdits.Keys(TextEdits.Decode(i.Bytes))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    /// <summary>Every key the shipped files use, so random documents reach the binders rather than stopping at the first unknown key.</summary>
    public static IReadOnlyList<string> Keys => LazyKeys.Value;

    /// <summary>A shipped file of <paramref name="kind"/> (any kind when null) with one to four mutations.</summary>
    public static Gen<FuzzCase> Mutated(InputKind? kind = null)
    {
        var files = kind is { } k ? ShippedInputs.OfKind(k) : ShippedInputs.All;
        return Gen.Select(Gen.Int[0, files.Count - 1], Mutation.Array[1, 3])
            .Select((file, mutations) => new FuzzCase(files[file], mutations));
    }

    /// <summary>A random document standing in for a shipped file of <paramref name="kind"/>, sometimes mutated further.</summary>
    public static Gen<FuzzCase> RandomDocument(InputKind? kind = null)
    {
        var files = kind is { } k ? ShippedInputs.OfKind(k) : ShippedInputs.All;
        return Gen.Select(Gen.Int[0, files.Count - 1], Map(4), Gen.Bool, Mutation.Array[0, 2])
            .Select((file, document, flow, mutations) => new FuzzCase(files[file], mutations, document, flow));
    }

    /// <summary>Mostly mutated shipped files, a fifth random documents.</summary>
    public static Gen<FuzzCase> Input(InputKind? kind = null) => Gen.Frequency((4, Mutated(kind)), (1, RandomDocument(kind)));

    private static Gen<YamlValue> Node(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency((4, Scalar), (1, Alias), (2, List(depth - 1)), (2, Map(depth - 1)));

    private static readonly Gen<YamlValue> Scalar =
        Gen.Frequency(
            (3, Gen.Int[0, HostileValues.Scalars.Count - 1].Select(i => HostileValues.Scalars[i])),
            (2, Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
            (2, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (2, Gen.Int[0, 1 << 16].Select(i => Keys[i % Keys.Count])))
        .Select(Gen.Int[0, Tags.Length - 1], Gen.Int[0, 3], (text, tag, anchor) =>
            (YamlValue)new YamlScalar(text) { Tag = tag < Tags.Length / 2 ? null : Tags[tag], Anchor = anchor < Anchors.Length ? null : Anchors[tag % Anchors.Length] });

    private static readonly Gen<YamlValue> Alias = Gen.Int[0, Anchors.Length].Select(i => (YamlValue)new YamlAlias(i < Anchors.Length ? Anchors[i] : "undefined"));

    private static Gen<YamlValue> List(int depth) =>
        Gen.Select(Node(depth).Array[0, 4], Gen.Int[0, 7]).Select((items, anchor) =>
            (YamlValue)new YamlList(items) { Anchor = anchor < Anchors.Length ? Anchors[anchor] : null });

    private static Gen<YamlValue> Map(int depth) =>
        Gen.Select(Gen.Select(Key, Node(depth)).Array[0, 5], Gen.Int[0, 7], Gen.Int[0, Tags.Length * 3]).Select((entries, anchor, tag) =>
            (YamlValue)new YamlMap([.. entries.Select(e => new KeyValuePair<string, YamlValue>(e.Item1, e.Item2))])
            {
                Anchor = anchor < Anchors.Length ? Anchors[anchor] : null,
                Tag = tag < Tags.Length ? Tags[tag] : null,
            });

    /// <summary>Mostly keys the shipped files use; sometimes a made-up, empty, merge or complex key.</summary>
    private static readonly Gen<string> Key = Gen.Frequency(
        (8, Gen.Int[0, 1 << 16].Select(i => Keys[i % Keys.Count])),
        (1, Gen.OneOf("x", "\"\"", "<<", "? [a]", "1", "~", "\"a b\"", "forces.cambridgeshire", "name ")));

    /// <summary>Mostly changed values, which pass the YAML parser and reach the binders, checks and compiler; some of everything else.</summary>
    private static readonly Gen<MutationKind> Kind = Gen.Frequency(
        (8, Gen.Const(MutationKind.ReplaceValue)),
        (3, Gen.Const(MutationKind.ReplaceWithNode)),
        (2, Gen.Const(MutationKind.RenameKey)),
        (1, Gen.Const(MutationKind.DeleteLine)),
        (1, Gen.Const(MutationKind.DuplicateLine)),
        (1, Gen.Const(MutationKind.SwapLines)),
        (1, Gen.Const(MutationKind.Indent)),
        (1, Gen.Const(MutationKind.Truncate)),
        (1, Gen.Const(MutationKind.InsertBytes)),
        (1, Gen.Const(MutationKind.FlipBit)));

    /// <summary>One mutation; declared last because it builds on the node generators above (static fields start in order).</summary>
    public static readonly Gen<Mutation> Mutation =
        Gen.Select(Kind, Gen.Int[0, 1 << 20], Gen.Int[0, 200], Node(2).Null(0.8))
            .Select((kind, at, choice, node) => new Mutation(kind, at, choice, kind == MutationKind.ReplaceWithNode ? node ?? new YamlScalar("~") : null));
}
