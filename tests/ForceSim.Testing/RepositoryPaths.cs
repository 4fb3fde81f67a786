namespace ForceSim.Testing;

/// <summary>
/// Finds files in the repository from wherever a test assembly was built to, so tests read the shipped scenarios,
/// docs and deployment files themselves rather than copies that could go stale.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Simulation.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A file or folder under the repository root, e.g. <c>File("docs", "scenario-format.md")</c>.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A shipped scenario (or rubric, or what-if overlay) by its path under <c>scenarios/</c>, e.g. <c>"validation/erlang-c.yaml"</c>.</summary>
    public static string Scenario(string relativePath) => Path.Combine(Root, "scenarios", relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "Simulation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains Simulation.sln.");
    }
}
