using System.Diagnostics;
using System.Globalization;

namespace ForceSim.Reporting.Output;

/// <summary>
/// Gives one process at a time an output folder. The lock is the operating system's (an exclusive flock on
/// DIR/.forcesim.lock, which .NET takes for FileShare.None), so it dies with its process: a killed run leaves no lock to
/// clear by hand. Beside it DIR/.forcesim.owner names the holder (pid, command, start) for a second run's message.
/// Taking the lock is the first write to the folder, so an unusable folder is reported before any computing starts.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string LockFileName = ".forcesim.lock";
    public const string OwnerFileName = ".forcesim.owner";

    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);

    private readonly FileStream _lock;
    private readonly IReadOnlyList<string> _madeFolders;

    private OutputLock(string folder, FileStream held, IReadOnlyList<string> madeFolders)
    {
        Folder = folder;
        _lock = held;
        _madeFolders = madeFolders;
    }

    /// <summary>The locked folder (full path).</summary>
    public string Folder { get; }

    /// <summary>Creates <paramref name="folder"/> if need be and locks it for this process.</summary>
    /// <exception cref="OutputFaultException">The folder cannot be used, or another run holds it.</exception>
    public static OutputLock Acquire(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.GetFullPath(folder);
        // The folder and any missing parents, deepest first: removed again if the command ends leaving them empty.
        var madeFolders = new List<string>();
        for (var missing = full; !string.IsNullOrEmpty(missing) && !Directory.Exists(missing) && !File.Exists(missing); missing = Path.GetDirectoryName(missing))
        {
            madeFolders.Add(missing);
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (OutputFaults.IsWriteFault(e))
        {
            throw OutputFaults.Opening(e, full);
        }

        var path = Path.Combine(full, LockFileName);
        try
        {
            // A holder deletes the lock file before releasing it, so a lock won on a file no longer at the path is retried.
            for (var attempt = 0; attempt < 10; attempt++)
            {
                var held = Open(path, full);
                if (StillAt(held, path))
                {
                    return Claim(full, held, madeFolders);
                }

                held.Dispose();
            }
        }
        catch (OutputFaultException)
        {
            RemoveIfEmpty(madeFolders);
            throw;
        }

        throw Busy(full);
    }

    private static FileStream Open(string path, string folder)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e.HResult is 11 or 35 or WindowsSharingViolation or WindowsLockViolation)
        {
            throw Busy(folder);
        }
        catch (Exception e) when (OutputFaults.IsWriteFault(e))
        {
            throw OutputFaults.Opening(e, folder);
        }
    }

    /// <summary>Names this process as the holder; a folder that cannot take even that is reported as the folder's fault.</summary>
    private static OutputLock Claim(string folder, FileStream held, IReadOnlyList<string> madeFolders)
    {
        try
        {
            AtomicFile.WriteAllText(Path.Combine(folder, OwnerFileName), OwnerText());
            return new OutputLock(folder, held, madeFolders);
        }
        catch (OutputFaultException e)
        {
            TryDelete(Path.Combine(folder, LockFileName));
            held.Dispose();
            throw OutputFaults.Opening(e.InnerException ?? e, folder);
        }
    }

    /// <summary>Deletes the lock and owner files while still holding the lock, then releases it (and removes a folder it made that stayed empty).</summary>
    public void Dispose()
    {
        TryDelete(Path.Combine(Folder, OwnerFileName));
        TryDelete(Path.Combine(Folder, LockFileName));
        _lock.Dispose();
        RemoveIfEmpty(_madeFolders);
    }

    private static OutputFaultException Busy(string folder) =>
        new($"output folder '{folder}' is in use by {Holder(folder)}", "wait for it to finish or choose another folder with --out", folder, folderUnusable: false);

    /// <summary>Who holds the folder, from its owner file when that names a process still running.</summary>
    private static string Holder(string folder)
    {
        try
        {
            var owner = File.ReadAllText(Path.Combine(folder, OwnerFileName)).Trim();
            var pid = owner.StartsWith("pid ", StringComparison.Ordinal) ? owner[4..].Split(' ', 2)[0].TrimEnd(':') : "";
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && IsRunning(id) && owner.Length < 1000 && !owner.Contains('\n', StringComparison.Ordinal))
            {
                return $"another run ({owner})";
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return "another run";
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Whether the locked file is still the one at <paramref name="path"/> (Linux tells through /proc; elsewhere the path must exist).</summary>
    private static bool StillAt(FileStream held, string path)
    {
        var descriptor = $"/proc/self/fd/{held.SafeFileHandle.DangerousGetHandle()}";
        if (OperatingSystem.IsLinux() && new FileInfo(descriptor).LinkTarget is { } target)
        {
            return !target.EndsWith(" (deleted)", StringComparison.Ordinal) && File.Exists(path);
        }

        return File.Exists(path);
    }

    private static string OwnerText()
    {
        var arguments = Environment.GetCommandLineArgs();
        var command = string.Join(' ', arguments.Skip(1).Prepend(Path.GetFileNameWithoutExtension(arguments[0])));
        return string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}: {command}, since {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC\n");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Removes the folders this lock made, deepest first, stopping at the first that holds something.</summary>
    private static void RemoveIfEmpty(IReadOnlyList<string> madeFolders)
    {
        try
        {
            foreach (var folder in madeFolders)
            {
                if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    return;
                }

                Directory.Delete(folder);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
