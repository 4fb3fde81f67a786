using System.Runtime.InteropServices;
using ForceSim.Engine.Inspection;

namespace ForceSim.Engine.Measures;

/// <summary>Writes a tally's fields in visiting order: little-endian, doubles as raw bits, arrays as runs of zeros and literals.</summary>
internal sealed class TallyWriter(BinaryWriter writer) : TallyVisitor
{
    public override void Count(ref long value) => writer.Write7BitEncodedInt64(value);

    public override void Integer(ref int value) => writer.Write7BitEncodedInt(value);

    public override void Number(ref double value) => writer.Write(BitConverter.DoubleToInt64Bits(value));

    public override void Counts(long[] values) => WriteRuns(values, rawBits: false);

    public override void Counts(ref long[]? values, int length)
    {
        if (values is not null)
        {
            WriteRuns(values, rawBits: false);
            return;
        }

        // Exactly what an allocated array of zeros would give: one run of zeros.
        writer.Write7BitEncodedInt(length);
        if (length > 0)
        {
            writer.Write7BitEncodedInt(length);
            writer.Write7BitEncodedInt(0);
        }
    }

    // Compared as bits, so -0.0 and NaN payloads come back exactly.
    public override void Numbers(double[] values) => WriteRuns(MemoryMarshal.Cast<double, long>(values), rawBits: true);

    public override void ResizableNumbers(ref double[] values) => Numbers(values);

    public override void ResizableCounts(ref long[] values) => Counts(values);

    public override void Shape(double value) => writer.Write(BitConverter.DoubleToInt64Bits(value));

    public override bool Present(bool present)
    {
        writer.Write(present);
        return present;
    }

    public override void Flags(List<bool> values)
    {
        writer.Write7BitEncodedInt(values.Count);
        for (var i = 0; i < values.Count; i += 8)
        {
            byte packed = 0;
            for (var bit = 0; bit < 8 && i + bit < values.Count; bit++)
            {
                packed |= (byte)(values[i + bit] ? 1 << bit : 0);
            }

            writer.Write(packed);
        }
    }

    public override void CaseFiles(List<CaseFile> values)
    {
        writer.Write7BitEncodedInt(values.Count);
        foreach (var file in values)
        {
            writer.Write(file.CrimeClass);
            writer.Write((byte)((file.PlanSet ? 1 : 0) | (file.Supervised ? 2 : 0)));
            writer.Write7BitEncodedInt(file.LinesCompleted);
            writer.Write7BitEncodedInt(file.LinesTotal);
            writer.Write7BitEncodedInt(file.UpdatesDelivered);
            writer.Write7BitEncodedInt(file.UpdatesDue);
        }
    }

    public override void RecordedChecks(List<RecordedCheck> values)
    {
        writer.Write7BitEncodedInt(values.Count);
        foreach (var check in values)
        {
            writer.Write((byte)((check.Recorded ? 1 : 0) | (check.Violence ? 2 : 0)));
        }
    }

    /// <summary>
    /// Alternating runs: zeros (count only), then non-zero values (count, then each). A partial tally from
    /// one LP is almost all zeros, and histograms have thousands of bins, so this is what keeps it small.
    /// </summary>
    private void WriteRuns(ReadOnlySpan<long> values, bool rawBits)
    {
        writer.Write7BitEncodedInt(values.Length);
        var rest = values;
        while (!rest.IsEmpty)
        {
            var zeros = rest.IndexOfAnyExcept(0L);
            zeros = zeros < 0 ? rest.Length : zeros;
            rest = rest[zeros..];
            var literals = rest.IndexOf(0L);
            literals = literals < 0 ? rest.Length : literals;
            writer.Write7BitEncodedInt(zeros);
            writer.Write7BitEncodedInt(literals);
            foreach (var value in rest[..literals])
            {
                if (rawBits)
                {
                    writer.Write(value);
                }
                else
                {
                    writer.Write7BitEncodedInt64(value);
                }
            }

            rest = rest[literals..];
        }
    }
}
