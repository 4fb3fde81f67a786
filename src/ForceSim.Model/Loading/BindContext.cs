using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>
/// State shared by the binders of one scenario: the problems found so far, where each key path was seen
/// (so checks made after binding can still point at a line) and the mappings whose unknown keys are still to be reported.
/// </summary>
internal sealed class BindContext
{
    private readonly Dictionary<string, Mark> locations = new(StringComparer.Ordinal);
    private readonly List<MappingReader> readers = [];
    private readonly List<ScenarioProblem> problems = [];

    public BindContext(string file)
    {
        File = file;
    }

    public string File { get; }

    public IReadOnlyList<ScenarioProblem> Problems => problems;

    /// <summary>Notes where the node for <paramref name="path"/> starts; the first sighting wins.</summary>
    public void Remember(string path, YamlNode node) => locations.TryAdd(path, node.Start);

    public void Report(YamlNode node, string path, string message) => Report(node.Start, path, message);

    public void Report(Mark mark, string path, string message) =>
        problems.Add(new ScenarioProblem(File, ToInt(mark.Line), ToInt(mark.Column), path, message));

    /// <summary>Reports at the node seen for <paramref name="path"/>, or at its nearest ancestor when the key was absent.</summary>
    public void Report(string path, string message)
    {
        var probe = path;
        while (true)
        {
            if (locations.TryGetValue(probe, out var mark))
            {
                Report(mark, path, message);
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

    /// <summary>Reports every key that no binder asked for; call once, after all binding.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var reader in readers)
        {
            reader.ReportUnknownKeys();
        }

        readers.Clear();
    }

    private static int ToInt(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
