namespace ForceSim.Engine.Tests.Validation;

/// <summary>Finds files in the repository from wherever the test assembly was built to.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Simulation.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string ValidationScenario(string fileName) => Path.Combine(Root, "scenarios", "validation", fileName);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Simulation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains Simulation.sln.");
    }
}
