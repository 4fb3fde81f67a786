using System.Text;

namespace ForceSim.Engine.Measures;

/// <summary>
/// A replication tally as bytes, to move one LP's measures across a process boundary (a grain host
/// collects each LP where it lives and merges the partial tallies on one node). Full fidelity: every
/// field, private state included, so a decoded tally merges, measures and finishes exactly like the original.
/// </summary>
public static class TallyCodec
{
    /// <summary>Bumped whenever any tally's Visit changes, so old bytes are refused rather than misread.</summary>
    private const byte Version = 5;

    private const double MaxRunMinutes = 100 * 366 * 1440.0;

    // Far below what a force or room tally really takes (each has five time-weighted levels of 32+ bytes):
    // lets a damaged count be refused before it is allocated.
    private const int MinimumBytesPerPart = 64;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Encode(ReplicationTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(BitConverter.DoubleToInt64Bits(tally.Period.Start));
            writer.Write(BitConverter.DoubleToInt64Bits(tally.Period.End));
            writer.Write7BitEncodedInt(tally.Period.MondayOffsetHours);
            writer.Write7BitEncodedInt(tally.Forces.Length);
            writer.Write7BitEncodedInt(tally.ControlRooms.Length);
            tally.Visit(new TallyWriter(writer));
        }

        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a whole tally written by this version of <see cref="Encode"/>.</exception>
    public static ReplicationTally Decode(ReadOnlySpan<byte> bytes)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var reader = new BinaryReader(stream, Utf8);
        try
        {
            var version = reader.ReadByte();
            if (version != Version)
            {
                throw new InvalidDataException($"Tally encoding version {version} is not {Version}.");
            }

            var period = new MeasuredPeriod(
                BitConverter.Int64BitsToDouble(reader.ReadInt64()),
                BitConverter.Int64BitsToDouble(reader.ReadInt64()),
                reader.Read7BitEncodedInt());
            var forces = reader.Read7BitEncodedInt();
            var rooms = reader.Read7BitEncodedInt();
            if (forces < 0 || rooms < 0 || ((long)forces + rooms) * MinimumBytesPerPart > stream.Length - stream.Position)
            {
                throw new InvalidDataException($"{forces} forces and {rooms} control rooms cannot fit in {stream.Length} bytes.");
            }

            // Every force and room carries daily series over the run, allocated up front: a run of over a century is garbage.
            if (!(period.End >= 0 && period.End <= MaxRunMinutes))
            {
                throw new InvalidDataException($"A run of {period.End} minutes cannot fit in {stream.Length} bytes.");
            }

            var tally = new ReplicationTally(period, forces, rooms);
            tally.Visit(new TallyReader(reader));
            if (stream.Position != stream.Length)
            {
                throw new InvalidDataException($"{stream.Length - stream.Position} bytes follow the tally.");
            }

            return tally;
        }
        catch (Exception e) when (e is IOException or FormatException or DecoderFallbackException)
        {
            // Truncation (end of stream), a bad 7-bit number or string: all the same to a caller.
            throw new InvalidDataException($"Not a tally encoding: {e.Message}", e);
        }
    }
}
