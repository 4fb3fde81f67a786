namespace ForceSim.Testing.Fuzzing;

/// <summary>Every YAML file shipped under <c>scenarios/</c>, read once: the seeds that mutated input starts from.</summary>
public static class ShippedInputs
{
    private static readonly Lazy<IReadOnlyList<ShippedInput>> LazyAll = new(Load);

    /// <summary>In ordinal order of their path under <c>scenarios/</c>, so a seed always picks the same file.</summary>
    public static IReadOnlyList<ShippedInput> All => LazyAll.Value;

    public static IReadOnlyList<ShippedInput> OfKind(InputKind kind) => [.. All.Where(i => i.Kind == kind)];

    /// <summary>Copies every shipped file into <paramref name="folder"/>, keeping its path, so relative <c>extends</c> and <c>rubric</c> paths resolve there.</summary>
    public static void CopyTo(string folder)
    {
        foreach (var input in All)
        {
            var path = Path.Combine(folder, input.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, input.Bytes);
        }
    }

    public static InputKind KindOf(string relativePath) => relativePath.Split('/')[0] switch
    {
        "rubrics" => InputKind.Rubric,
        "assumptions" => InputKind.Assumptions,
        "experiments" => InputKind.Experiment,
        "calibration" => InputKind.Targets,
        _ => InputKind.Scenario,
    };

    private static List<ShippedInput> Load()
    {
        var root = RepositoryPaths.File("scenarios");
        return [.. Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(r => new ShippedInput(r, KindOf(r), File.ReadAllBytes(Path.Combine(root, r))))];
    }
}

/// <summary>One shipped file: its path under <c>scenarios/</c>, the loader that reads it and its bytes.</summary>
public sealed record ShippedInput(string RelativePath, InputKind Kind, byte[] Bytes)
{
    public string FullPath => RepositoryPaths.Scenario(RelativePath);
}
