using ForceSim.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// Reads a scenario YAML file into a validated <see cref="Scenario"/>. Never throws for bad input: every problem
/// (unreadable file, YAML syntax, repeated or unknown keys, wrong types, out-of-range values, broken cross-references)
/// is collected in one pass and returned with its file, line, column and key path.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads the scenario file at <paramref name="path"/>; a file that cannot be read is a problem at line 0.</summary>
    public static ScenarioLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileProblem(path, "file not found");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileProblem(path, $"cannot read the file: {exception.Message}");
        }

        return LoadText(text, path);
    }

    /// <summary>Loads a scenario from YAML text; <paramref name="fileName"/> is used in problems and as <see cref="Scenario.SourcePath"/>.</summary>
    public static ScenarioLoadResult LoadText(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var (root, parseProblems) = YamlTextParser.Parse(yaml, fileName);
        if (root is null)
        {
            return Result(null, parseProblems);
        }

        var bound = Bind(root, fileName);
        return Result(bound.Scenario, [.. parseProblems, .. bound.Problems]);
    }

    /// <summary>
    /// Binds and validates an already parsed YAML tree, e.g. one made by merging an overlay onto a base file.
    /// Problems are located with each node's start mark and reported against <paramref name="fileName"/>.
    /// </summary>
    public static ScenarioLoadResult Bind(YamlNode root, string fileName)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(fileName);
        var context = new BindContext(fileName);
        var scenario = ScenarioBinder.Bind(context, root, fileName);
        return Result(scenario, context.Problems);
    }

    private static ScenarioLoadResult FileProblem(string path, string message) =>
        new(null, [new ScenarioProblem(path, 0, 0, KeyPath.Root, message)]);

    /// <summary>Problems in file order; the scenario only when there are none, so a half-bound scenario never escapes.</summary>
    private static ScenarioLoadResult Result(Scenario? scenario, IReadOnlyList<ScenarioProblem> problems)
    {
        var ordered = problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        return new ScenarioLoadResult(ordered.Count == 0 ? scenario : null, ordered);
    }
}
