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
        var scenario = new Scenario
        {
            Name = name,
            SourcePath = sourcePath,
            Run = run is null ? new RunSettings() : RunBinder.Bind(run),
            ControlRooms = controlRooms,
            Forces = forces,
            Costs = costs is null ? new CostSettings() : CostBinder.Bind(costs),
        };

        context.ReportUnknownKeys();
        ScenarioCrossChecks.Check(context, scenario);
        return scenario;
    }
}
