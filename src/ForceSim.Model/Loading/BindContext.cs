using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// State shared by the binders of one scenario: the problems found so far, where each key path was seen
/// (so checks made after binding can still point at a line) and the mappings whose unknown keys are still to be reported.
/// </summary>
internal sealed class BindContext
{
    private readonly Dictionary<string, SourceLocation> locations = new(StringComparer.Ordinal);
    private readonly List<MappingReader> readers = [];
    private readonly List<ScenarioProblem> problems = [];
    private readonly NodeSources? sources;

    public BindContext(string file)
        : this(file, null)
    {
    }

    /// <param name="file">The file problems are reported against, unless <paramref name="sources"/> places a node elsewhere.</param>
    /// <param name="sources">Where the nodes of a tree composed from several files (and <c>--set</c> options) came from.</param>
    public BindContext(string file, NodeSources? sources)
    {
        File = file;
        this.sources = sources;
    }

    public string File { get; }

    /// <summary>The folder tree that files named in the scenario (such as its rubric) must stay in; <c>null</c>: no check.</summary>
    public ReferenceTree? References { get; init; }

    public IReadOnlyList<ScenarioProblem> Problems => problems;

    /// <summary>Notes where the node for <paramref name="path"/> starts; the first sighting wins.</summary>
    public void Remember(string path, YamlNode node) => locations.TryAdd(path, Locate(node));

    public void Report(YamlNode node, string path, string message) => Report(Locate(node), path, message);

    /// <summary>Reports an unknown key that is probably a misspelling of <paramref name="meantKey"/>.</summary>
    public void ReportMisspelt(YamlNode node, string path, string message, string meantKey)
    {
        var location = Locate(node);
        problems.Add(new ScenarioProblem(location.File, location.Line, location.Column, path, message) { MeantKey = meantKey });
    }

    public void Report(Mark mark, string path, string message) => Report(SourceLocation.At(File, mark), path, message);

    /// <summary>The file (or <c>--set</c>) that <paramref name="node"/> came from.</summary>
    public string FileOf(YamlNode node) => Locate(node).File;

    /// <summary>True for a number made by a <c>--set</c> <c>*</c> change, which a whole-number setting rounds.</summary>
    public bool RoundsToWhole(YamlNode node) => sources?.RoundsToWhole(node) ?? false;

    /// <summary>Reports at the node seen for <paramref name="path"/>, or at its nearest ancestor when the key was absent.</summary>
    public void Report(string path, string message)
    {
        var probe = path;
        while (true)
        {
            if (locations.TryGetValue(probe, out var location))
            {
                Report(location, path, message);
                return;
            }

            if (probe.Length == 0)
            {
                Report(Mark.Empty, path, message);
                return;
            }

            probe = KeyPath.Parent(probe);
        }
    }

    public void Track(MappingReader reader) => readers.Add(reader);

    /// <summary>Adds a problem found in another file the scenario depends on (such as its rubric).</summary>
    public void Add(ScenarioProblem problem) => problems.Add(problem);

    /// <summary>Reports every key that no binder asked for; call once, after all binding.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var reader in readers)
        {
            reader.ReportUnknownKeys();
        }

        readers.Clear();
    }

    private SourceLocation Locate(YamlNode node) => sources?.Locate(node, File) ?? SourceLocation.At(File, node.Start);

    private void Report(SourceLocation location, string path, string message) =>
        problems.Add(new ScenarioProblem(location.File, location.Line, location.Column, path, message));
}
