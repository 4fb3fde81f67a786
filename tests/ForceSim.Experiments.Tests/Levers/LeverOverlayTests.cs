using System.Text.Json;
using ForceSim.Experiments.Levers;
using ForceSim.Experiments.Scenarios;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;
using ForceSim.Testing.Fuzzing;

namespace ForceSim.Experiments.Tests.Levers;

/// <summary>The overlay a set of changes becomes loads, validates and gives the same scenario as the same changes as <c>--set</c>.</summary>
public sealed class LeverOverlayTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public LeverOverlayTests()
    {
        ShippedInputs.CopyTo(_temp.Path);
        File.WriteAllText(Path.Combine(_temp.Path, ".forcesim-root"), "");
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string[]> Changes => new()
    {
        {
            "cambridgeshire-2022.yaml",
            [
                "control_rooms.cambridgeshire_fcr.call_handlers.shifts[0].staff=+3",
                "control_rooms[0].call_handlers.shifts[2].staff=-1",
                "control_rooms.cambridgeshire_fcr.triage.structured_assessment.mandatory_for.channels=emergency,online",
                "control_rooms.cambridgeshire_fcr.triage.repeat_victim_check.compliance[0].share=0.55",
                "forces.cambridgeshire.response.shifts[1].units=+2",
                "forces.cambridgeshire.investigation.supervisors=43",
            ]
        },
        {
            "cambridgeshire-2022-districts.yaml",
            [
                "forces.cambridgeshire.response.shifts[0].stations.march=+2",
                "forces.cambridgeshire.response.shifts[0].stations.thorpe_wood=-2",
                "forces.cambridgeshire.response.shifts[2].stations.wisbech=+1",
                "forces.cambridgeshire.response.reserved_for_emergency=3",
            ]
        },
        {
            "eastern-region.yaml",
            [
                "control_rooms.essex_fcr.triage.shared_records=true",
                "forces.norfolk.mutual_aid=true",
                "control_rooms.bedfordshire_fcr.call_handlers.reserved_for_emergency=+1",
                "forces.suffolk.investigation.investigators=+5",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void The_overlay_gives_the_same_scenario_as_the_set_options(string scenario, string[] options)
    {
        var source = new ScenarioSource(Path.Combine(_temp.Path, scenario));
        var changes = options.Select(LeverChange.Parse).ToList();
        var overlayPath = Path.Combine(_temp.Path, "whatif", "levers.yaml");

        var overlay = LeverService.Overlay(source, changes, overlayPath);
        File.WriteAllText(overlayPath, overlay.Yaml);

        Assert.StartsWith("# ", overlay.Yaml, StringComparison.Ordinal);
        Assert.Contains($"extends: ../{scenario}", overlay.Yaml, StringComparison.Ordinal);
        var fromOverlay = ScenarioLoader.LoadFile(overlayPath);
        Assert.True(fromOverlay.IsValid, string.Join("; ", fromOverlay.Problems));
        var fromSet = ScenarioLoader.LoadFile(source.Path, overlay.SetOptions);
        Assert.True(fromSet.IsValid, string.Join("; ", fromSet.Problems));
        var fromDictionary = ScenarioLoader.LoadFile(source.Path, [.. overlay.Set.Select(s => $"{s.Key}={s.Value}")]);
        Assert.Equal(Json(fromSet.Scenario!), Json(fromOverlay.Scenario!));
        Assert.Equal(Json(fromSet.Scenario!), Json(fromDictionary.Scenario!));
        Assert.NotEqual(Json(source.Load()), Json(fromSet.Scenario!));
    }

    [Fact]
    public void A_named_overlay_names_the_what_if_in_both_forms()
    {
        var source = new ScenarioSource(Path.Combine(_temp.Path, "cambridgeshire-2022.yaml"));

        var overlay = LeverService.Overlay(source, [new LeverChange("forces.cambridgeshire.investigation.supervisors", "+5")], name: "What if: \"five\" more supervisors");

        var fromText = ScenarioLoader.LoadText(overlay.Yaml, Path.Combine(_temp.Path, "five.yaml"));
        var fromSet = ScenarioLoader.LoadFile(source.Path, overlay.SetOptions);
        Assert.Equal("What if: \"five\" more supervisors", fromText.Scenario!.Name);
        Assert.Equal(Json(fromSet.Scenario!), Json(fromText.Scenario!));
    }

    /// <summary>Every setting of a scenario, but not the file it came from.</summary>
    private static string Json(Scenario scenario) => JsonSerializer.Serialize(scenario with { SourcePath = "", Rubric = null });
}
