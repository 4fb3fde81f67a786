namespace ForceSim.Reporting.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "forcesim-reporting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

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
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
