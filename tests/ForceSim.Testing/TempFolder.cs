namespace ForceSim.Testing;

/// <summary>A fresh folder under the system temp folder, deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "forcesim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in this folder (creating its folders) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = this[name];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies a shipped scenario here, replacing <paramref name="find"/> with <paramref name="replace"/> (which must occur).</summary>
    public string CopyScenario(string shipped, string name, string? find = null, string? replace = null)
    {
        var text = File.ReadAllText(RepositoryPaths.Scenario(shipped));
        if (find is not null)
        {
            Assert.Contains(find, text, StringComparison.Ordinal);
            text = text.Replace(find, replace, StringComparison.Ordinal);
        }

        return Write(name, text);
    }

    /// <summary>Every file under the folder (hidden ones too), relative to it, in ordinal order.</summary>
    public IReadOnlyList<string> Files(string? under = null) =>
        [.. Directory.GetFiles(under ?? Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(under ?? Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a process killed by a test may still hold a file for a moment; the temp folder is cleaned eventually
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
