using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// Parses a scenario and, when its top level has <c>extends: PATH</c>, the chain of files it extends (each PATH relative
/// to the folder of the file that names it), then lays each file over its base with <see cref="ScenarioMerge"/>.
/// The result is one tree, with the file each node came from, ready for <c>--set</c> options and binding.
/// </summary>
internal sealed class ScenarioComposer
{
    public const string ExtendsKey = "extends";

    private readonly NodeSources sources = new();
    private readonly List<string> files = [];
    private readonly List<ScenarioProblem> problems = [];
    private readonly string topFile;
    private readonly ReferenceTree tree;

    private ScenarioComposer(string topFile, ReferenceTree tree)
    {
        this.topFile = topFile;
        this.tree = tree;
    }

    /// <summary>
    /// The merged tree (<c>null</c> when there is nothing to bind), where its nodes came from, the files read, the problems met,
    /// and the folder tree that the files named in it must stay in.
    /// </summary>
    public sealed record Composition(YamlNode? Root, NodeSources Sources, IReadOnlyList<string> Files, IReadOnlyList<ScenarioProblem> Problems)
    {
        public required ReferenceTree Tree { get; init; }
    }

    public static Composition Compose(string yaml, string fileName, LoadOptions? options = null)
    {
        var composer = new ScenarioComposer(fileName, ReferenceTree.Of(fileName, options ?? LoadOptions.Default));
        var root = composer.Load(yaml, fileName, []);
        return new Composition(root, composer.sources, composer.files, composer.problems) { Tree = composer.tree };
    }

    /// <param name="chain">The files that extend this one (display name, full path and line of their <c>extends</c>), the named file first.</param>
    private YamlNode? Load(string yaml, string fileName, List<(string Name, string FullPath, int Line)> chain)
    {
        files.Add(fileName);
        var (root, parseProblems) = YamlTextParser.Parse(yaml, fileName);
        problems.AddRange(parseProblems);
        if (root is null)
        {
            return null;
        }

        sources.AddFile(root, fileName);
        if (root is not YamlMappingNode mapping || ScenarioMerge.Find(mapping, ExtendsKey) is not { } at)
        {
            return root;
        }

        var (extendsKey, extendsValue) = mapping.Children[at];
        var overlay = ScenarioMerge.Rebuild(mapping, mapping.Children.Where(entry => !ReferenceEquals(entry.Key, extendsKey)), sources, topFile);
        var baseRoot = LoadBase(extendsValue, fileName, chain);
        if (baseRoot is null)
        {
            return null;
        }

        if (baseRoot is not YamlMappingNode)
        {
            Report(baseRoot, KeyPath.Root, $"'{fileName}' extends this file, so it must be a mapping of scenario keys (got {ScalarReader.Describe(baseRoot)})");
            return null;
        }

        return ScenarioMerge.Merge(baseRoot, overlay, sources, topFile);
    }

    /// <summary>Reads and composes the file named by <c>extends</c>; <c>null</c> (with a problem at the <c>extends</c> value) when that fails.</summary>
    private YamlNode? LoadBase(YamlNode extendsValue, string fileName, List<(string Name, string FullPath, int Line)> chain)
    {
        if (extendsValue is not YamlScalarNode { Value: { Length: > 0 } relative } || ScalarReader.IsNull(extendsValue))
        {
            Report(extendsValue, ExtendsKey, $"must be the path of the scenario file to extend, relative to this file's folder (got {ScalarReader.Describe(extendsValue)})");
            return null;
        }

        string basePath;
        string fullPath;
        string ownFullPath;
        try
        {
            basePath = Path.Combine(Path.GetDirectoryName(fileName) ?? "", relative);
            fullPath = Path.GetFullPath(basePath);
            ownFullPath = Path.GetFullPath(fileName);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Report(extendsValue, ExtendsKey, $"'{relative}' is not a usable file path: {exception.Message}");
            return null;
        }

        if (tree.Refusal(relative, Path.GetDirectoryName(ownFullPath) ?? ".") is { } refusal)
        {
            Report(extendsValue, ExtendsKey, refusal);
            return null;
        }

        List<(string Name, string FullPath, int Line)> extended = [.. chain, (fileName, ownFullPath, sources.Locate(extendsValue, topFile).Line)];
        var seen = extended.FindIndex(link => PathsEqual(link.FullPath, fullPath));
        if (seen >= 0)
        {
            var cycle = string.Join(" → ", extended.Skip(seen).Select(link => $"{link.Name} (line {link.Line})").Append(basePath));
            Report(extendsValue, ExtendsKey, $"extends forms a cycle ({cycle}); a scenario cannot extend itself, directly or through other files");
            return null;
        }

        if (extended.Count >= InputLimits.MaxExtendsChain)
        {
            var links = string.Join(" → ", extended.Select(link => link.Name).Append(basePath));
            Report(extendsValue, ExtendsKey, $"the chain of extends is longer than {InputLimits.MaxExtendsChain} files ({links}); merge some of the overlays into one");
            return null;
        }

        string text;
        try
        {
            text = InputFile.ReadAllText(fullPath);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            Report(extendsValue, ExtendsKey, $"cannot extend '{relative}': file not found (looked for {basePath})");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Report(extendsValue, ExtendsKey, $"cannot extend '{relative}': cannot read {basePath}: {exception.Message}");
            return null;
        }

        return Load(text, basePath, extended);
    }

    private void Report(YamlNode node, string path, string message)
    {
        var location = sources.Locate(node, topFile);
        problems.Add(new ScenarioProblem(location.File, location.Line, location.Column, path, message));
    }

    private static bool PathsEqual(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
