namespace ForceSim.Testing.Fuzzing;

/// <summary>
/// One change to a file's bytes. <see cref="At"/> picks the place (modulo the candidate places, so any number is valid)
/// and <see cref="Choice"/> what goes there; both shrink towards 0, the first place and the first, simplest choice.
/// </summary>
public sealed record Mutation(MutationKind Kind, int At, int Choice, YamlValue? Node = null)
{
    public byte[] ApplyTo(byte[] bytes) => Kind switch
    {
        MutationKind.InsertBytes => ByteEdits.Insert(bytes, At, Choice),
        MutationKind.FlipBit => ByteEdits.FlipBit(bytes, At, Choice),
        MutationKind.Truncate => bytes[..(bytes.Length == 0 ? 0 : At % bytes.Length)],
        _ => TextEdits.Encode(ApplyToText(TextEdits.Decode(bytes))),
    };

    private string ApplyToText(string text) => Kind switch
    {
        MutationKind.ReplaceValue => TextEdits.ReplaceValue(text, At, Choice),
        MutationKind.ReplaceWithNode => TextEdits.ReplaceValue(text, At, Node?.ToFlow() ?? "~"),
        MutationKind.RenameKey => TextEdits.RenameKey(text, At, Choice),
        MutationKind.DeleteLine => TextEdits.EditLines(text, At, (lines, i) => lines.RemoveAt(i)),
        MutationKind.DuplicateLine => TextEdits.EditLines(text, At, (lines, i) => lines.Insert(i, lines[i])),
        MutationKind.SwapLines => TextEdits.EditLines(text, At, (lines, i) =>
        {
            var j = Math.Min(lines.Count - 1, i + 1 + (Choice % 3));
            (lines[i], lines[j]) = (lines[j], lines[i]);
        }),
        MutationKind.Indent => TextEdits.EditLines(text, At, (lines, i) => lines[i] = TextEdits.Reindent(lines[i], Choice)),
        _ => text,
    };

    public override string ToString() => Node is null ? $"{Kind} at {At} choice {Choice}" : $"{Kind} at {At} with {Node.ToFlow()}";
}
