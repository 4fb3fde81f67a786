using ForceSim.Engine.Inspection;

namespace ForceSim.Engine.Measures;

/// <summary>
/// Walks every field of a tally, in the order each tally's Visit lists them. The writer and the reader
/// are both visitors, so what is written and what is read back can never fall out of step.
/// </summary>
internal abstract class TallyVisitor
{
    public abstract void Count(ref long value);

    public abstract void Integer(ref int value);

    /// <summary>A 128-bit exact sum, carried as its two halves.</summary>
    public void Exact(ref Int128 value)
    {
        var high = (long)(value >> 64);
        var low = (long)(ulong)value;
        Count(ref high);
        Count(ref low);
        value = ((Int128)high << 64) | (ulong)low;
    }

    /// <summary>A double, carried as its raw IEEE bits.</summary>
    public abstract void Number(ref double value);

    /// <summary>A fixed-length array: the reader fills it and rejects a length other than its own.</summary>
    public abstract void Counts(long[] values);

    /// <summary>A fixed-length array allocated only once used (null meaning all zeros, and written as such).</summary>
    public abstract void Counts(ref long[]? values, int length);

    /// <inheritdoc cref="Counts(long[])"/>
    public abstract void Numbers(double[] values);

    /// <summary>An array that grows as it is used: the reader replaces it with one of the written length.</summary>
    public abstract void ResizableNumbers(ref double[] values);

    /// <inheritdoc cref="ResizableNumbers"/>
    public abstract void ResizableCounts(ref long[] values);

    /// <summary>A value fixed at construction (a bin width): the reader checks it rather than sets it.</summary>
    public abstract void Shape(double value);

    /// <summary>Whether an optional part is there; the reader checks its own tally has the same parts. Returns the answer.</summary>
    public abstract bool Present(bool present);

    public abstract void Flags(List<bool> values);

    public abstract void CaseFiles(List<CaseFile> values);

    public abstract void RecordedChecks(List<RecordedCheck> values);
}
