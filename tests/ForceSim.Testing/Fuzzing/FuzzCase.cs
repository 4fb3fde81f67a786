using System.Text;

namespace ForceSim.Testing.Fuzzing;

/// <summary>
/// One generated input: a shipped file with mutations applied in order, or a random YAML document read as if it were
/// that file (so relative <c>extends</c>, <c>rubric</c> and <c>scenario</c> paths resolve as they would there).
/// </summary>
public sealed record FuzzCase(ShippedInput Shipped, IReadOnlyList<Mutation> Mutations, YamlValue? Document = null, bool Flow = false)
{
    private readonly Lazy<byte[]> bytes = new(() => Build(Shipped, Mutations, Document, Flow));

    public InputKind Kind => Shipped.Kind;

    /// <summary>The file name the loader is given: the shipped file's own path.</summary>
    public string FileName => Shipped.FullPath;

    /// <summary>The bytes a user's file would hold.</summary>
    public byte[] Bytes => bytes.Value;

    /// <summary>The text a loader is given, decoded as <see cref="File.ReadAllText(string)"/> would.</summary>
    public string Text => TextEdits.Decode(Bytes);

    /// <summary>
    /// Writes the input beside its shipped file in a copy of the scenarios folder (see <see cref="ShippedInputs.CopyTo"/>),
    /// as <c>NAME.fuzzed-TAG.yaml</c>, and returns its path.
    /// </summary>
    public string WriteInto(string scenariosCopy, string tag)
    {
        var path = Path.Combine(scenariosCopy, Path.ChangeExtension(Shipped.RelativePath, $".fuzzed-{tag}.yaml"));
        File.WriteAllBytes(path, Bytes);
        return path;
    }

    private static byte[] Build(ShippedInput shipped, IReadOnlyList<Mutation> mutations, YamlValue? document, bool flow)
    {
        var start = document is null ? shipped.Bytes : TextEdits.Encode(flow ? document.ToFlow() : document.ToBlock());
        return mutations.Aggregate(start, (current, mutation) => mutation.ApplyTo(current));
    }

    /// <summary>What a failure prints: the file, the mutations and the changed lines of the result, enough to replay it by hand.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Shipped.RelativePath).Append(Document is null ? "" : " (replaced by a random document)").Append('\n');
        foreach (var mutation in Mutations)
        {
            text.Append("  ").Append(mutation).Append('\n');
        }

        text.Append(Document is null ? ChangedLines(TextEdits.Decode(Shipped.Bytes), Text) : Text);
        return text.ToString();
    }

    /// <summary>The lines of <paramref name="after"/> between the first and last that differ from <paramref name="before"/>, numbered from 1.</summary>
    private static string ChangedLines(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first])
        {
            first++;
        }

        var lastA = a.Length - 1;
        var lastB = b.Length - 1;
        while (lastA >= first && lastB >= first && a[lastA] == b[lastB])
        {
            lastA--;
            lastB--;
        }

        var changed = new StringBuilder();
        for (var i = first; i <= lastB && i < first + 40; i++)
        {
            changed.Append(FormattableString.Invariant($"  {i + 1,5}| {b[i].Replace("\0", "\\0", StringComparison.Ordinal)}\n"));
        }

        return changed.Length == 0 ? (lastA >= first ? $"  (lines {first + 1} to {lastA + 1} deleted)\n" : "  (text unchanged)\n") : changed.ToString();
    }
}
