namespace ForceSim.Reporting.Output;

/// <summary>
/// Turns what the file system said into words a user can act on, naming the file and the folder, and decides whether
/// the folder itself is at fault. .NET puts a failed system call's errno in an <see cref="IOException"/>'s HResult on
/// Linux and macOS; a few faults arrive as other types (a missing parent as DirectoryNotFoundException, EFBIG as
/// ArgumentOutOfRangeException).
/// </summary>
public static class OutputFaults
{
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    /// <summary>Whether <paramref name="e"/> is the file system refusing a write (and not a fault already described).</summary>
    public static bool IsWriteFault(Exception e) =>
        e is not OutputFaultException && (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException { ParamName: "value" });

    /// <summary>The fault of writing <paramref name="path"/>, e.g. "no space left on device while writing results.json to '/x'".</summary>
    public static OutputFaultException Writing(Exception e, string path, string consequence)
    {
        ArgumentNullException.ThrowIfNull(e);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var (cause, unusable) = Cause(e, folder);
        var fault = unusable ? $"cannot write {Path.GetFileName(full)} to '{folder}': {cause}" : $"{cause} while writing {Path.GetFileName(full)} to '{folder}'";
        return new OutputFaultException(fault, consequence, folder, unusable, e);
    }

    /// <summary>The fault of making or opening the output folder itself.</summary>
    public static OutputFaultException Opening(Exception e, string folder)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (cause, unusable) = Cause(e, folder);
        return new OutputFaultException($"cannot use output folder '{folder}': {cause}", unusable ? "choose another folder with --out" : "nothing was written", folder, unusable, e);
    }

    private static (string Cause, bool FolderUnusable) Cause(Exception e, string folder)
    {
        if (e is ArgumentOutOfRangeException)
        {
            return ("file too large (a file size limit, ulimit -f, was reached)", false);
        }

        if (e is UnauthorizedAccessException)
        {
            return ("permission denied", true);
        }

        if (Blocker(folder) is { } blocker)
        {
            return ($"'{blocker}' is a file, not a folder", true);
        }

        if (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return ("the folder cannot be created there", true);
        }

        return e.HResult switch
        {
            28 or WindowsDiskFull or WindowsHandleDiskFull => ("no space left on device", false),
            122 or 69 => ("disk quota exceeded", false),
            27 => ("file too large", false),
            5 => ("input/output error", false),
            30 => ("read-only file system", true),
            1 or 13 => ("permission denied", true),
            20 => ("not a folder", true),
            36 or 63 => ("file name too long", true),
            _ => (e.Message, false),
        };
    }

    /// <summary>The nearest existing ancestor of <paramref name="folder"/> (or the folder itself) when it is a file.</summary>
    private static string? Blocker(string folder)
    {
        for (var path = folder; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                return path;
            }

            if (Directory.Exists(path))
            {
                return null;
            }
        }

        return null;
    }
}
