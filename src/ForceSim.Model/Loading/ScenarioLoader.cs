using ForceSim.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// Reads a scenario YAML file into a validated <see cref="Scenario"/>. Never throws for bad input: every problem
/// (unreadable file, YAML syntax, repeated or unknown keys, wrong types, out-of-range values, broken cross-references)
/// is collected in one pass and returned with its file, line, column and key path.
/// A scenario may <c>extends: PATH</c> another file, and <c>--set PATH=VALUE</c> overrides may be applied on top
/// (see docs/scenario-format.md, "Overlays: extends and --set"); problems then name the file, or <c>--set</c>, they are in.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The file name that problems with <c>--set</c> overrides are reported against; their line is the override's position, from 1.</summary>
    public const string OverridesFile = ScenarioOverrides.Source;

    /// <summary>
    /// Loads the scenario file at <paramref name="path"/>, with the files it extends and then <paramref name="overrides"/>
    /// (each <c>PATH=VALUE</c>, applied in order); a file that cannot be read is a problem at line 0.
    /// <c>options</c> says what the user allows beyond the default limits (<see cref="LoadOptions.Default"/> when <c>null</c>).
    /// </summary>
    public static ScenarioLoadResult LoadFile(string path, IReadOnlyList<string>? overrides = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = InputFile.ReadAllText(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileProblem(path, "file not found");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileProblem(path, $"cannot read the file: {exception.Message}");
        }

        return LoadText(text, path, overrides, options);
    }

    /// <summary>
    /// Loads a scenario from YAML text; <paramref name="fileName"/> is used in problems and as <see cref="Scenario.SourcePath"/>,
    /// and an <c>extends</c> path in the text is read relative to its folder.
    /// </summary>
    public static ScenarioLoadResult LoadText(string yaml, string fileName, IReadOnlyList<string>? overrides = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var composition = ScenarioComposer.Compose(yaml, fileName, options);
        var problems = composition.Problems.ToList();
        var root = ScenarioTemplates.Apply(composition.Root, composition.Sources, fileName, problems);
        if (overrides is { Count: > 0 })
        {
            root = ScenarioOverrides.Apply(root, overrides, composition.Sources, fileName, problems);
        }

        if (root is null)
        {
            return Result(null, problems, composition.Files);
        }

        var context = new BindContext(fileName, composition.Sources) { References = composition.Tree };
        var scenario = ScenarioBinder.Bind(context, root, fileName);
        return Result(scenario, [.. problems, .. context.Problems], composition.Files);
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
        return Result(scenario, context.Problems, [fileName]);
    }

    private static ScenarioLoadResult FileProblem(string path, string message) =>
        new(null, [new ScenarioProblem(path, 0, 0, KeyPath.Root, message)]);

    /// <summary>
    /// Problems in file order (the named file, then the files it extends, then <c>--set</c>), by position within each, with
    /// misspelt keys first and the problems that follow from them left out;
    /// the scenario only when there are none, so a half-bound scenario never escapes.
    /// </summary>
    private static ScenarioLoadResult Result(Scenario? scenario, IReadOnlyList<ScenarioProblem> problems, IReadOnlyList<string> files)
    {
        var ordered = FollowOnProblems.RootCausesFirst(problems.OrderBy(p => Rank(p.File)).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList());
        return new ScenarioLoadResult(ordered.Count == 0 ? scenario : null, ordered) { SourceFiles = files };

        int Rank(string file)
        {
            for (var i = 0; i < files.Count; i++)
            {
                if (files[i] == file)
                {
                    return i;
                }
            }

            return file == OverridesFile ? files.Count : files.Count + 1;
        }
    }
}
