namespace ForceSim.Model.Loading;

/// <summary>
/// Reads an assumptions file (docs/assumptions-format.md): the assumed parameters of a scenario, each a key path as
/// <c>--set</c> accepts it with its plausible range, prior and reason. Like the scenario loader it never throws for bad
/// input and reports every problem at once as <c>file:line:column: key.path: message</c>. Checked against a scenario,
/// every path must name a number written in it, and that number must lie in the declared range.
/// </summary>
public static class AssumptionsLoader
{
    /// <summary>The file name looked for, in an <c>assumptions</c> folder beside a scenario, when none is given.</summary>
    public const string Folder = "assumptions";

    /// <summary>Loads and checks the file on its own: its keys, numbers, ranges and priors.</summary>
    public static AssumptionsLoadResult LoadFile(string path) => Load(path, null);

    /// <summary>Loads the file and checks every parameter against the scenario at <paramref name="scenarioPath"/> with <paramref name="overrides"/> applied.</summary>
    public static AssumptionsLoadResult LoadForScenario(string path, string scenarioPath, IReadOnlyList<string>? overrides = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenarioPath);
        return Load(path, (scenarioPath, overrides ?? [], options));
    }

    /// <summary>Loads declarations from text; <paramref name="fileName"/> names it in problems.</summary>
    public static AssumptionsLoadResult LoadText(string yaml, string fileName) => Bind(yaml, fileName, null);

    /// <summary>
    /// The assumptions file for a scenario when none is named: <c>assumptions/NAME</c> beside the scenario file, or else beside
    /// each file it extends in turn (so a what-if overlay finds its baseline's declarations); <c>null</c> when there is none.
    /// </summary>
    public static string? FindFor(string scenarioPath, IReadOnlyList<string> sourceFiles)
    {
        ArgumentNullException.ThrowIfNull(scenarioPath);
        ArgumentNullException.ThrowIfNull(sourceFiles);
        foreach (var file in sourceFiles.Count > 0 ? sourceFiles : [scenarioPath])
        {
            var full = Path.GetFullPath(file);
            var candidate = Path.Combine(Path.GetDirectoryName(full) ?? ".", Folder, Path.GetFileName(full));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static AssumptionsLoadResult Load(string path, (string Path, IReadOnlyList<string> Overrides, LoadOptions? Options)? scenario)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = InputFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var message = e is FileNotFoundException or DirectoryNotFoundException ? "assumptions file not found" : $"cannot read the assumptions file: {e.Message}";
            return new AssumptionsLoadResult(null, [new ScenarioProblem(path, 0, 0, KeyPath.Root, message)]);
        }

        return Bind(text, path, scenario);
    }

    private static AssumptionsLoadResult Bind(string yaml, string fileName, (string Path, IReadOnlyList<string> Overrides, LoadOptions? Options)? scenario)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var (root, parseProblems) = YamlTextParser.Parse(yaml, fileName);
        if (root is null)
        {
            return new AssumptionsLoadResult(null, parseProblems);
        }

        var context = new BindContext(fileName);
        var set = AssumptionsBinder.Bind(context, root, fileName);
        context.ReportUnknownKeys();
        if (set is not null && context.Problems.Count == 0 && scenario is { } s)
        {
            set = ScenarioValues.Check(context, set, s.Path, s.Overrides, s.Options);
        }

        var problems = parseProblems.Concat(context.Problems).OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        return new AssumptionsLoadResult(problems.Count == 0 ? set : null, problems);
    }
}
