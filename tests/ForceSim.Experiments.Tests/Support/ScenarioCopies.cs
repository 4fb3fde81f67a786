
namespace ForceSim.Experiments.Tests.Support;

/// <summary>Shipped scenarios copied into a test's own folder, edited if need be, so a test can change a file a request reads.</summary>
internal static class ScenarioCopies
{
    /// <summary>The path of a shipped scenario, e.g. <c>validation/erlang-c.yaml</c>.</summary>
    public static string Shipped(string relativePath) => RepositoryPaths.Scenario(relativePath);

    public static string Write(TempFolder temp, string name, string text)
    {
        var path = temp[name];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies a shipped scenario as <paramref name="name"/>, replacing <paramref name="find"/> with <paramref name="replace"/> (which must occur).</summary>
    public static string Copy(TempFolder temp, string shipped, string name, string? find = null, string? replace = null)
    {
        var text = File.ReadAllText(Shipped(shipped));
        if (find is not null)
        {
            Assert.Contains(find, text, StringComparison.Ordinal);
            text = text.Replace(find, replace, StringComparison.Ordinal);
        }

        return Write(temp, name, text);
    }
}
