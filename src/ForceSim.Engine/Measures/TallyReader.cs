using System.Runtime.InteropServices;
using ForceSim.Engine.Inspection;

namespace ForceSim.Engine.Measures;

/// <summary>Reads back what <see cref="TallyWriter"/> wrote into a freshly built tally of the same shape, checking as it goes.</summary>
internal sealed class TallyReader(BinaryReader reader) : TallyVisitor
{
    // A level array longer than this is damage, not a million busy units; refuse it before allocating.
    private const int MaxResizableLength = 1 << 20;

    public override void Count(ref long value) => value = reader.Read7BitEncodedInt64();

    public override void Integer(ref int value) => value = reader.Read7BitEncodedInt();

    public override void Number(ref double value) => value = BitConverter.Int64BitsToDouble(reader.ReadInt64());

    public override void Counts(long[] values)
    {
        FixedLength(values.Length);
        ReadRuns(values, rawBits: false);
    }

    public override void Counts(ref long[]? values, int length)
    {
        FixedLength(length);
        values = null;
        if (length == 0)
        {
            return;
        }

        // All zeros: leave the array unallocated, as the writer's was (or might as well have been).
        var (zeros, literals) = Run(length);
        if (zeros < length)
        {
            values = new long[length];
            FillRuns(values, zeros, literals, rawBits: false);
        }
    }

    public override void Numbers(double[] values)
    {
        FixedLength(values.Length);
        ReadRuns(MemoryMarshal.Cast<double, long>(values.AsSpan()), rawBits: true);
    }

    public override void ResizableCounts(ref long[] values)
    {
        values = new long[Length(MaxResizableLength)];
        ReadRuns(values, rawBits: false);
    }

    public override void ResizableNumbers(ref double[] values)
    {
        values = new double[Length(MaxResizableLength)];
        ReadRuns(MemoryMarshal.Cast<double, long>(values.AsSpan()), rawBits: true);
    }

    public override void Shape(double value)
    {
        var written = reader.ReadInt64();
        if (written != BitConverter.DoubleToInt64Bits(value))
        {
            throw new InvalidDataException($"Tally shape differs: {BitConverter.Int64BitsToDouble(written)} written, {value} expected.");
        }
    }

    public override bool Present(bool present)
    {
        var written = reader.ReadByte();
        if (written > 1 || (written == 1) != present)
        {
            throw new InvalidDataException("Tally parts differ from the ones written.");
        }

        return present;
    }

    public override void Flags(List<bool> values)
    {
        var count = Length((int)Math.Min(int.MaxValue, Remaining * 8));
        values.Clear();
        values.Capacity = count;
        for (var i = 0; i < count; i += 8)
        {
            var packed = reader.ReadByte();
            var bits = Math.Min(8, count - i);
            if (packed >> bits != 0)
            {
                throw new InvalidDataException("Unused flag bits are set.");
            }

            for (var bit = 0; bit < bits; bit++)
            {
                values.Add((packed & (1 << bit)) != 0);
            }
        }
    }

    public override void CaseFiles(List<CaseFile> values)
    {
        var count = Length(RemainingItems);
        values.Clear();
        values.Capacity = count;
        for (var i = 0; i < count; i++)
        {
            var crimeClass = reader.ReadString();
            var flags = TwoFlags();
            values.Add(new CaseFile(crimeClass, (flags & 1) != 0, (flags & 2) != 0, reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt()));
        }
    }

    public override void RecordedChecks(List<RecordedCheck> values)
    {
        var count = Length(RemainingItems);
        values.Clear();
        values.Capacity = count;
        for (var i = 0; i < count; i++)
        {
            var flags = TwoFlags();
            values.Add(new RecordedCheck((flags & 1) != 0, (flags & 2) != 0));
        }
    }

    private long Remaining => reader.BaseStream.Length - reader.BaseStream.Position;

    // Every list item takes at least a byte, so a count beyond the bytes left is damage (and is not allocated).
    private int RemainingItems => (int)Math.Min(int.MaxValue, Remaining);

    private int TwoFlags()
    {
        var flags = reader.ReadByte();
        return flags <= 3 ? flags : throw new InvalidDataException($"Bad flags byte {flags}.");
    }

    private int Length(int max)
    {
        var length = reader.Read7BitEncodedInt();
        return length >= 0 && length <= max ? length : throw new InvalidDataException($"Length {length} is out of range.");
    }

    private void FixedLength(int expected)
    {
        var length = reader.Read7BitEncodedInt();
        if (length != expected)
        {
            throw new InvalidDataException($"Array of {length} written where {expected} was expected.");
        }
    }

    private void ReadRuns(Span<long> values, bool rawBits)
    {
        if (!values.IsEmpty)
        {
            var (zeros, literals) = Run(values.Length);
            FillRuns(values, zeros, literals, rawBits);
        }
    }

    /// <summary>Fills <paramref name="values"/> from its first run (already read) and the runs after it.</summary>
    private void FillRuns(Span<long> values, int zeros, int literals, bool rawBits)
    {
        var i = 0;
        while (true)
        {
            values.Slice(i, zeros).Clear();
            i += zeros;
            for (var k = 0; k < literals; k++)
            {
                values[i++] = rawBits ? reader.ReadInt64() : reader.Read7BitEncodedInt64();
            }

            if (i == values.Length)
            {
                return;
            }

            (zeros, literals) = Run(values.Length - i);
        }
    }

    /// <summary>One run's header: zeros, then literals, together at most <paramref name="remaining"/> and never empty.</summary>
    private (int Zeros, int Literals) Run(int remaining)
    {
        var zeros = Length(remaining);
        var literals = Length(remaining - zeros);
        return zeros + literals > 0 ? (zeros, literals) : throw new InvalidDataException("Empty run in an array.");
    }
}
