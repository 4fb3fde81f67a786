using ForceSim.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>Binds the document root to a <see cref="Scenario"/>, then reports unknown keys and runs the cross-checks.</summary>
internal static class ScenarioBinder
{
    /// <summary>The bound scenario (possibly holding placeholders where problems were reported), or <c>null</c> when the root is not a mapping.</summary>
    public static Scenario? Bind(BindContext context, YamlNode root, string sourcePath)
    {
        if (root is not YamlMappingNode)
        {
            context.Report(root, KeyPath.Root,
                $"a scenario must be a mapping with keys name, run, control_rooms, forces and costs (got {ScalarReader.Describe(root)})");
            return null;
        }

        var reader = MappingReader.Open(context, root, KeyPath.Root)!;
        var name = reader.RequiredText("name");
        var run = reader.Mapping("run");
        var controlRooms = reader.NonEmptyList("control_rooms", "control room").Select(item => ControlRoomBinder.Bind(context, item)).ToList();
        var forces = reader.NonEmptyList("forces", "force").Select(item => ForceBinder.Bind(context, item)).ToList();
        var costs = reader.Mapping("costs");
        var rubric = BindRubric(context, reader);
        var scenario = new Scenario
        {
            Name = name,
            SourcePath = sourcePath,
            Run = run is null ? new RunSettings() : RunBinder.Bind(run),
            ControlRooms = controlRooms,
            Forces = forces,
            Costs = costs is null ? new CostSettings() : CostBinder.Bind(costs),
            Rubric = rubric,
        };

        context.ReportUnknownKeys();
        ScenarioCrossChecks.Check(context, scenario);
        return scenario;
    }

    /// <summary>
    /// <c>rubric: FILE</c>: a grading rubric, relative to the file that names it (an overlay's base may name one).
    /// Its own problems are reported against the rubric file.
    /// </summary>
    private static Rubrics.Rubric? BindRubric(BindContext context, MappingReader reader)
    {
        if (reader.Optional("rubric") is not { } node || ScalarReader.Text(context, node, reader.PathOf("rubric")) is not { } relative)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(context.FileOf(node))) ?? ".";
        if (context.References?.Refusal(relative, folder) is { } refusal)
        {
            context.Report(node, reader.PathOf("rubric"), refusal);
            return null;
        }

        var loaded = RubricLoader.LoadFile(Path.Combine(folder, relative));
        if (loaded.Rubric is null && loaded.Problems.Count == 1 && loaded.Problems[0].Line == 0)
        {
            context.Report(node, reader.PathOf("rubric"), $"{loaded.Problems[0].Message}: {relative} (relative to {folder})");
            return null;
        }

        foreach (var problem in loaded.Problems)
        {
            context.Add(problem);
        }

        return loaded.Rubric;
    }
}
