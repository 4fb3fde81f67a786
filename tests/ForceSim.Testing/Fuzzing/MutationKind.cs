namespace ForceSim.Testing.Fuzzing;

/// <summary>The ways a scenario file is spoilt: by hand, by a script, or by a disk or an editor.</summary>
public enum MutationKind
{
    /// <summary>A value (after <c>: </c>, <c>- </c>, <c>[</c> or <c>,</c>) becomes another number, type or YAML oddity.</summary>
    ReplaceValue,

    /// <summary>A value becomes a random YAML node written in flow style (a list, a map, a tagged scalar, an alias).</summary>
    ReplaceWithNode,

    /// <summary>A key is misspelt, recased, emptied or turned into a merge key.</summary>
    RenameKey,

    DeleteLine,

    /// <summary>Repeats a line, so a key appears twice or a list grows.</summary>
    DuplicateLine,

    /// <summary>Swaps a line with one of the next few (list items, keys, or a key and its block).</summary>
    SwapLines,

    /// <summary>Adds or removes indentation, or indents with a tab.</summary>
    Indent,

    /// <summary>Cuts the file off at a point, as a failed write or copy would.</summary>
    Truncate,

    /// <summary>Inserts bytes: NUL, invalid UTF-8, byte order marks, tabs, line breaks, YAML indicators.</summary>
    InsertBytes,

    /// <summary>Flips one bit of one byte.</summary>
    FlipBit,
}
