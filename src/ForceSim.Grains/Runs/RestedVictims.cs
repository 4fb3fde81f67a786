using System.Buffers.Binary;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Processes;
using Microsoft.Win32.SafeHandles;

namespace ForceSim.Grains.Runs;

/// <summary>
/// What a run's resting victims handed over (their state as bytes and their last summary), kept in a temporary file
/// rather than on the coordinator's heap. A national year rests millions of victims; held on the heap their ~250 bytes
/// each made the coordinator grow with the horizon, here each costs it one file position. The file only grows (a victim
/// that rests again writes a new record; the old one is never read again) and goes when the run is released, or with
/// the process: it is unlinked at once where the system allows, so even a killed silo leaves none behind.
/// </summary>
internal sealed class RestedVictims : IDisposable
{
    // State length, then the summary: force, counted, confidence, four counts, journey length, missed repeat.
    private const int HeaderBytes = 4 + 4 + 1 + 8 + (4 * 8) + 4 + 1;
    private readonly SafeFileHandle _file;
    private readonly byte[] _header = new byte[HeaderBytes];
    private long _end;

    public RestedVictims()
    {
        var path = Path.Combine(Path.GetTempPath(), $"forcesim-rested-{Guid.NewGuid():N}.bin");
        _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path); // the open handle keeps it readable; the name goes now
        }
    }

    /// <summary>Bytes written so far (every rest, including those since woken).</summary>
    public long Bytes => _end;

    /// <summary>Keeps a victim's handed-over state and summary; returns where, for <see cref="State"/> and <see cref="Summary"/>.</summary>
    public long Put(VictimSummary summary, byte[] state)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(state);
        var h = _header.AsSpan();
        var c = summary.Contribution;
        BinaryPrimitives.WriteInt32LittleEndian(h, state.Length);
        BinaryPrimitives.WriteInt32LittleEndian(h[4..], c.Force);
        h[8] = c.Counted ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteDoubleLittleEndian(h[9..], c.Confidence);
        BinaryPrimitives.WriteInt64LittleEndian(h[17..], c.RepeatVictimisations);
        BinaryPrimitives.WriteInt64LittleEndian(h[25..], c.RepeatsReported);
        BinaryPrimitives.WriteInt64LittleEndian(h[33..], c.RepeatsUnreported);
        BinaryPrimitives.WriteInt64LittleEndian(h[41..], c.EventsProcessed);
        BinaryPrimitives.WriteInt32LittleEndian(h[49..], summary.JourneyLength);
        h[53] = summary.MissedRepeat ? (byte)1 : (byte)0;
        var at = _end;
        RandomAccess.Write(_file, _header, at);
        RandomAccess.Write(_file, state, at + HeaderBytes);
        _end = at + HeaderBytes + state.Length;
        return at;
    }

    /// <summary>The state a victim handed over at <paramref name="at"/>, to hand back with its next step.</summary>
    public byte[] State(long at)
    {
        ReadHeader(at);
        var state = new byte[BinaryPrimitives.ReadInt32LittleEndian(_header)];
        Read(state, at + HeaderBytes);
        return state;
    }

    /// <summary>The victim's summary as it was when it went to rest (a resting victim's measures cannot change).</summary>
    public VictimSummary Summary(long at)
    {
        ReadHeader(at);
        ReadOnlySpan<byte> h = _header;
        var contribution = new VictimContribution(
            BinaryPrimitives.ReadInt32LittleEndian(h[4..]),
            h[8] != 0,
            BinaryPrimitives.ReadDoubleLittleEndian(h[9..]),
            BinaryPrimitives.ReadInt64LittleEndian(h[17..]),
            BinaryPrimitives.ReadInt64LittleEndian(h[25..]),
            BinaryPrimitives.ReadInt64LittleEndian(h[33..]),
            BinaryPrimitives.ReadInt64LittleEndian(h[41..]));
        return new VictimSummary(contribution, BinaryPrimitives.ReadInt32LittleEndian(h[49..]), h[53] != 0);
    }

    public void Dispose() => _file.Dispose();

    private void ReadHeader(long at)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(at);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(at, _end);
        Read(_header, at);
    }

    private void Read(byte[] into, long at)
    {
        var done = 0;
        while (done < into.Length)
        {
            var read = RandomAccess.Read(_file, into.AsSpan(done), at + done);
            if (read == 0)
            {
                throw new EndOfStreamException($"The rested victims' file ended at {at + done}, inside a record.");
            }

            done += read;
        }
    }
}
