using System.Text;

namespace ForceSim.Reporting.Output;

/// <summary>
/// Writes files so a reader never sees half a file: write a temporary file beside it, then rename. A write the file
/// system refuses (disk full, a size limit, a read-only folder) becomes an <see cref="OutputFaultException"/> naming the
/// file, the folder and the cause, and leaves no temporary file. Inside an <see cref="OutputBatch"/> the rename waits
/// for the batch's commit.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        WriteAllBytes(path, Utf8NoBom.GetBytes(contents));
    }

    public static void WriteAllBytes(string path, byte[] contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        Write(path, stream => stream.Write(contents));
    }

    /// <summary>Lets <paramref name="write"/> fill a temporary file, flushes it to disk and renames it over <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        string? temporary = null;
        try
        {
            temporary = Temporary(path);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            temporary = Place(temporary, path);
        }
        catch (Exception e) when (OutputFaults.IsWriteFault(e))
        {
            throw Fault(e, path);
        }
        finally
        {
            Discard(temporary);
        }
    }

    /// <summary>As <see cref="Write"/>, for writers that work asynchronously (Parquet).</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        string? temporary = null;
        try
        {
            temporary = Temporary(path);
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            temporary = Place(temporary, path);
        }
        catch (Exception e) when (OutputFaults.IsWriteFault(e))
        {
            throw Fault(e, path);
        }
        finally
        {
            Discard(temporary);
        }
    }

    /// <summary>Moves a finished file (one streamed elsewhere, such as a sweep's partial table) to <paramref name="path"/>, or leaves it for the open batch's commit.</summary>
    public static void Move(string source, string path)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
            if (OutputBatch.Current is { } batch)
            {
                batch.Add(source, path, discardOnRollback: false);
            }
            else
            {
                File.Move(source, path, overwrite: true);
            }
        }
        catch (Exception e) when (OutputFaults.IsWriteFault(e))
        {
            throw Fault(e, path);
        }
    }

    /// <summary>Creates a folder (and its parents); inside a batch, one the batch made is removed again if the batch fails.</summary>
    public static void CreateFolder(string folder)
    {
        if (OutputBatch.Current is { } batch)
        {
            batch.CreateFolder(folder);
        }
        else
        {
            Directory.CreateDirectory(folder);
        }
    }

    internal static void Discard(string? temporary)
    {
        if (temporary is not null && File.Exists(temporary))
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Renames the finished temporary file over <paramref name="path"/>, or hands it to the open batch; returns what is left to discard.</summary>
    private static string? Place(string temporary, string path)
    {
        if (OutputBatch.Current is { } batch)
        {
            batch.Add(temporary, path, discardOnRollback: true);
            return null;
        }

        File.Move(temporary, path, overwrite: true);
        return null;
    }

    private static OutputFaultException Fault(Exception e, string path) =>
        OutputFaults.Writing(e, path, OutputBatch.Current is null ? "the file was not written" : "nothing was written (the folder keeps what it had)");

    /// <summary>A fresh temporary file name beside <paramref name="path"/> (hidden, and unique to this process and call).</summary>
    private static string Temporary(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        CreateFolder(directory);
        return Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
    }
}
