namespace ForceSim.Reporting.Output;

/// <summary>
/// Makes a command's files appear together or not at all. While a batch is open (in this async flow),
/// <see cref="AtomicFile"/> leaves each finished temporary file beside its target instead of renaming it; <see cref="Commit"/>
/// renames them all, and disposing an uncommitted batch deletes them and any folder the batch made. So a disk that
/// fills while report.html is written leaves the folder as it was, never a new results.json beside an old report.
/// Renames within a folder need no new space, which is why a commit does not fail where the writing did.
/// </summary>
public sealed class OutputBatch : IDisposable
{
    private static readonly AsyncLocal<OutputBatch?> Open = new();

    private readonly OutputBatch? _outer;
    private readonly List<(string Temporary, string Path, bool Discard)> _pending = [];
    private readonly List<string> _madeFolders = [];
    private bool _committed;

    private OutputBatch(string folder, OutputBatch? outer)
    {
        Folder = folder;
        _outer = outer;
    }

    /// <summary>The folder whose files this batch writes (full path), named in messages.</summary>
    public string Folder { get; }

    internal static OutputBatch? Current => Open.Value;

    /// <summary>Opens a batch for the files written from here on in this async flow (until disposed).</summary>
    public static OutputBatch Begin(string folder)
    {
        var batch = new OutputBatch(Path.GetFullPath(folder), Open.Value);
        Open.Value = batch;
        return batch;
    }

    /// <summary>Puts every file written in the batch in place (or hands them to the batch around it).</summary>
    public void Commit()
    {
        lock (_pending)
        {
            if (_outer is not null)
            {
                _outer.Adopt(_pending, _madeFolders);
            }
            else
            {
                for (var i = 0; i < _pending.Count; i++)
                {
                    var (temporary, path, _) = _pending[i];
                    try
                    {
                        File.Move(temporary, path, overwrite: true);
                    }
                    catch (Exception e) when (OutputFaults.IsWriteFault(e))
                    {
                        _pending.RemoveRange(0, i);
                        throw OutputFaults.Writing(e, path, i == 0 ? "nothing was written" : "files written before it are from this run, the rest are as they were");
                    }
                }
            }

            _pending.Clear();
            _madeFolders.Clear();
            _committed = true;
        }
    }

    /// <summary>Without a commit: deletes the batch's temporary files and the folders it made, leaving the folder as it was.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            lock (_pending)
            {
                foreach (var (temporary, _, _) in _pending.Where(p => p.Discard))
                {
                    AtomicFile.Discard(temporary);
                }

                foreach (var folder in _madeFolders.AsEnumerable().Reverse())
                {
                    RemoveIfEmpty(folder);
                }

                _pending.Clear();
            }
        }

        Open.Value = _outer;
    }

    /// <param name="discardOnRollback">False for a file that is not the batch's own (a sweep's streamed table, kept to resume).</param>
    internal void Add(string temporary, string path, bool discardOnRollback)
    {
        lock (_pending)
        {
            _pending.Add((temporary, path, discardOnRollback));
        }
    }

    /// <summary>Creates <paramref name="folder"/> and its missing parents, remembering each one made so a rollback can remove it.</summary>
    internal void CreateFolder(string folder)
    {
        var missing = new List<string>();
        for (var path = Path.GetFullPath(folder); !string.IsNullOrEmpty(path) && !Directory.Exists(path); path = Path.GetDirectoryName(path))
        {
            missing.Add(path);
        }

        Directory.CreateDirectory(folder);
        lock (_pending)
        {
            missing.Reverse();
            _madeFolders.AddRange(missing);
        }
    }

    private void Adopt(List<(string Temporary, string Path, bool Discard)> pending, List<string> madeFolders)
    {
        lock (_pending)
        {
            _pending.AddRange(pending);
            _madeFolders.AddRange(madeFolders);
        }
    }

    private static void RemoveIfEmpty(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (IOException)
        {
            // best effort: an empty folder left behind holds no partial results
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
