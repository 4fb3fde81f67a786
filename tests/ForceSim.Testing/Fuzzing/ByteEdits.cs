namespace ForceSim.Testing.Fuzzing;

/// <summary>Changes to raw bytes, below the level of text: what a disk, a transfer or the wrong encoding does.</summary>
internal static class ByteEdits
{
    public static byte[] Insert(byte[] bytes, int at, int choice)
    {
        var position = at % (bytes.Length + 1);
        var insert = HostileValues.Bytes[choice % HostileValues.Bytes.Count];
        return [.. bytes.AsSpan(0, position), .. insert, .. bytes.AsSpan(position)];
    }

    public static byte[] FlipBit(byte[] bytes, int at, int choice)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        copy[at % copy.Length] ^= (byte)(1 << (choice % 8));
        return copy;
    }
}
