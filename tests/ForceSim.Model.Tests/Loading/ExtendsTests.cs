using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Loading;

public sealed class ExtendsTests : IDisposable
{
    private readonly TempFolder _files = new();
    private readonly string _base;

    public ExtendsTests()
    {
        _base = _files.Write("base.yaml", TestScenarios.Minimal);
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Overlay_mapping_keys_replace_base_values_and_keep_the_rest()
    {
        var result = LoadOverlay("""
            extends: base.yaml
            name: More handlers
            run:
              seed: 7
            """);

        var scenario = Valid(result);
        Assert.Equal("More handlers", scenario.Name);
        Assert.Equal(7, scenario.Run.Seed);
        Assert.Equal(5, scenario.Run.Replications);
        Assert.Equal(30, scenario.Run.HorizonDays);
        Assert.Equal(new DateOnly(2022, 1, 3), scenario.Run.StartDate);
        Assert.Equal(_files["overlay.yaml"], scenario.SourcePath);
    }

    [Fact]
    public void Overlay_without_a_name_keeps_the_base_name()
    {
        var scenario = Valid(LoadOverlay("extends: base.yaml\nrun: {seed: 7}\n"));

        Assert.Equal("Minimal test scenario", scenario.Name);
    }

    [Fact]
    public void Lists_of_items_with_ids_merge_item_by_item_by_id()
    {
        var result = LoadOverlay("""
            extends: base.yaml
            control_rooms:
              - id: north-cr
                call_handlers:
                  reserved_for_emergency: 2
            forces:
              - id: northshire
                incident_types:
                  - id: noise
                    units: 3
            """);

        var scenario = Valid(result);
        var handlers = Assert.Single(scenario.ControlRooms).CallHandlers;
        Assert.Equal(2, handlers.ReservedForEmergency);
        Assert.Equal([10, 6], handlers.Shifts.Select(s => s.Count));
        Assert.Equal("North control room", scenario.ControlRooms[0].Name);
        var force = Assert.Single(scenario.Forces);
        Assert.Equal(["assault", "noise"], force.IncidentTypes.Select(t => t.Id));
        Assert.Equal(2, force.IncidentTypes[0].Units);
        Assert.Equal(3, force.IncidentTypes[1].Units);
        Assert.Equal(Grade.Scheduled, force.IncidentTypes[1].Grade);
        Assert.Equal(4, force.IncidentTypes[1].Share[Channel.NonEmergency]);
    }

    [Fact]
    public void Items_with_new_ids_are_appended_after_the_base_items()
    {
        var result = LoadOverlay("""
            extends: base.yaml
            control_rooms:
              - id: south-cr
                call_handlers: {unlimited: true}
                channels:
                  emergency:
                    handle_minutes: {dist: constant, value: 5}
            forces:
              - id: northshire
                incident_types:
                  - id: theft
                    share: {non_emergency: 2}
                    on_scene_minutes: {dist: constant, value: 30}
              - id: southshire
                control_room: south-cr
                demand:
                  annual_volume: {emergency: 1000}
                incident_types:
                  - id: advice
                    share: {emergency: 1}
                    on_scene_minutes: {dist: constant, value: 0}
                response:
                  shifts:
                    - {start_hour: 0, hours: 24, units: 4}
            """);

        var scenario = Valid(result);
        Assert.Equal(["north-cr", "south-cr"], scenario.ControlRooms.Select(r => r.Id));
        Assert.Equal(["northshire", "southshire"], scenario.Forces.Select(f => f.Id));
        Assert.Equal(["assault", "noise", "theft"], scenario.Forces[0].IncidentTypes.Select(t => t.Id));
    }

    [Fact]
    public void Other_lists_are_replaced_wholesale()
    {
        var result = LoadOverlay("""
            extends: base.yaml
            control_rooms:
              - id: north-cr
                call_handlers:
                  shifts:
                    - {start_hour: 0, hours: 24, staff: 15}
            forces:
              - id: northshire
                demand:
                  day_of_week: [1, 1, 1, 1, 1, 2, 2]
                response:
                  shifts:
                    - {start_hour: 6, hours: 12, units: 30}
            """);

        var scenario = Valid(result);
        var shift = Assert.Single(scenario.ControlRooms[0].CallHandlers.Shifts);
        Assert.Equal(15, shift.Count);
        Assert.Equal("", shift.Name);
        Assert.Equal(30, Assert.Single(scenario.Forces[0].Response.Shifts).Count);
        Assert.Equal(7, scenario.Forces[0].Demand.DayOfWeek.Count);
        Assert.Equal(100000, scenario.Forces[0].Demand.AnnualVolume[Channel.Emergency]);
    }

    [Fact]
    public void A_list_of_items_with_ids_replaces_a_list_whose_items_lack_them()
    {
        var result = LoadOverlay("""
            extends: base.yaml
            forces:
              - control_room: north-cr
            """);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.KeyPath == "forces[0]" && p.Message == "missing required key 'id'");
    }

    [Fact]
    public void Extends_chains_resolve_each_path_relative_to_the_file_that_names_it()
    {
        _files.Write(".forcesim-root", ""); // the tree the files may reach is the folder holding the base
        var middle = _files.Write("variants/middle.yaml", """
            extends: ../base.yaml
            name: Middle
            run: {seed: 7}
            control_rooms:
              - id: north-cr
                call_handlers: {reserved_for_emergency: 1}
            """);
        var top = _files.Write("variants/deeper/top.yaml", """
            extends: ../middle.yaml
            run: {replications: 9}
            """);

        var result = ScenarioLoader.LoadFile(top);

        var scenario = Valid(result);
        Assert.Equal("Middle", scenario.Name);
        Assert.Equal(7, scenario.Run.Seed);
        Assert.Equal(9, scenario.Run.Replications);
        Assert.Equal(1, scenario.ControlRooms[0].CallHandlers.ReservedForEmergency);
        Assert.Equal([top, Path.GetFullPath(middle), Path.GetFullPath(_base)], result.SourceFiles.Select(Path.GetFullPath));
    }

    [Fact]
    public void A_file_without_extends_has_itself_as_its_only_source_file()
    {
        Assert.Equal([_base], ScenarioLoader.LoadFile(_base).SourceFiles);
    }

    [Fact]
    public void A_cycle_of_extends_is_a_problem_at_the_extends_that_closes_it()
    {
        var a = _files.Write("a.yaml", "extends: b.yaml\nname: A\n");
        var bText = "name: B\nextends: a.yaml\n";
        var b = _files.Write("b.yaml", bText);

        var result = ScenarioLoader.LoadFile(a);

        Assert.Null(result.Scenario);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(b, problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Equal(10, problem.Column);
        Assert.Equal("extends", problem.KeyPath);
        Assert.Equal($"extends forms a cycle ({a} (line 1) → {b} (line 2) → {_files["a.yaml"]}); a scenario cannot extend itself, directly or through other files", problem.Message);
    }

    [Fact]
    public void A_file_that_extends_itself_is_a_cycle()
    {
        var self = _files.Write("self.yaml", "extends: ./self.yaml\n");

        var problem = Assert.Single(ScenarioLoader.LoadFile(self).Problems);

        Assert.Equal(self, problem.File);
        Assert.StartsWith("extends forms a cycle", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_base_file_is_a_problem_at_the_extends_line_of_the_overlay()
    {
        const string text = "name: Overlay\nextends: no-such-base.yaml\nrun: {seed: 3}\n";
        var overlay = _files.Write("overlay.yaml", text);

        var result = ScenarioLoader.LoadFile(overlay);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(overlay, problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Equal(10, problem.Column);
        Assert.Equal("extends", problem.KeyPath);
        Assert.Equal($"cannot extend 'no-such-base.yaml': file not found (looked for {_files["no-such-base.yaml"]})", problem.Message);
    }

    [Theory]
    [InlineData("extends:\n", "nothing")]
    [InlineData("extends: {file: base.yaml}\n", "a mapping")]
    [InlineData("extends: [base.yaml]\n", "a list")]
    public void Extends_must_be_a_file_path(string text, string got)
    {
        var problem = Assert.Single(LoadOverlay(text).Problems);

        Assert.Equal("extends", problem.KeyPath);
        Assert.Equal($"must be the path of the scenario file to extend, relative to this file's folder (got {got})", problem.Message);
    }

    [Fact]
    public void A_base_file_that_is_not_a_mapping_is_a_problem_in_the_base_file()
    {
        var listBase = _files.Write("list.yaml", "- a\n- b\n");

        var problem = Assert.Single(LoadOverlay("extends: list.yaml\n").Problems);

        Assert.Equal(listBase, problem.File);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith($"'{_files["overlay.yaml"]}' extends this file, so it must be a mapping", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_merged_scenario_is_checked_so_a_base_may_leave_out_required_keys()
    {
        _files.Write("base.yaml", TestScenarios.Edit(TestScenarios.Minimal, "name: Minimal test scenario\n", ""));

        var scenario = Valid(LoadOverlay("extends: base.yaml\nname: Completed by the overlay\n"));

        Assert.Equal("Completed by the overlay", scenario.Name);
    }

    [Fact]
    public void A_yaml_error_in_the_base_file_is_reported_against_the_base_file()
    {
        var broken = _files.Write("broken.yaml", "name: Broken\nrun: {seed: 1\n");

        var problem = Assert.Single(LoadOverlay("extends: broken.yaml\n").Problems);

        Assert.Equal(broken, problem.File);
        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_name_the_file_and_line_each_offending_node_came_from()
    {
        var baseText = TestScenarios.Edit(TestScenarios.Minimal, "staff: 6}", "staff: -3}");
        var basePath = _files.Write("base.yaml", baseText);
        const string overlayText = """
            extends: base.yaml
            run:
              replicatons: 3
              horizon_days: 99999
            forces:
              - id: northshire
                incident_types:
                  - id: noise
                    units: 0
            """;

        var result = LoadOverlay(overlayText);

        var overlayPath = _files["overlay.yaml"];
        Assert.Collection(
            result.Problems,
            p => AssertAt(p, overlayPath, overlayText, "replicatons", "run.replicatons", "unknown key 'replicatons'; did you mean 'replications'?"),
            p => AssertAt(p, overlayPath, overlayText, "horizon_days: |99999", "run.horizon_days", "must be a number from 1 to 3660 (got 99999)"),
            p => AssertAt(p, overlayPath, overlayText, "units: |0", "forces[0].incident_types[1].units", "must be a whole number from 1 to 10 (got 0)"),
            p => AssertAt(p, basePath, baseText, "staff: |-3}", "control_rooms[0].call_handlers.shifts[1].staff", "must be a whole number from 0 to 10000 (got -3)"));
    }

    [Fact]
    public void Checks_across_sections_point_into_the_file_that_holds_the_value()
    {
        const string overlayText = """
            extends: base.yaml
            forces:
              - id: northshire
                control_room: north-rc
            """;

        var problem = Assert.Single(LoadOverlay(overlayText).Problems);

        AssertAt(problem, _files["overlay.yaml"], overlayText, "control_room: |north-rc", "forces[0].control_room", "no control room has id 'north-rc'; did you mean 'north-cr'?");
    }

    [Fact]
    public void A_required_key_missing_from_a_new_overlay_item_is_reported_in_the_overlay()
    {
        const string overlayText = """
            extends: base.yaml
            forces:
              - id: northshire
                incident_types:
                  - id: theft
                    share: {emergency: 1}
            """;

        var problem = Assert.Single(LoadOverlay(overlayText).Problems);

        AssertAt(problem, _files["overlay.yaml"], overlayText, "id: theft", "forces[0].incident_types[2]", "missing required key 'on_scene_minutes'");
    }

    [Fact]
    public void Load_text_reads_extends_relative_to_the_folder_of_the_file_name()
    {
        var result = ScenarioLoader.LoadText("extends: base.yaml\nrun: {seed: 11}\n", _files["in-memory.yaml"]);

        Assert.Equal(11, Valid(result).Run.Seed);
    }

    private ScenarioLoadResult LoadOverlay(string text) => ScenarioLoader.LoadFile(_files.Write("overlay.yaml", text));

    private static Scenario Valid(ScenarioLoadResult result)
    {
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        return result.Scenario!;
    }

    /// <summary>
    /// The problem is in <paramref name="file"/>, on the single line of <paramref name="text"/> holding <paramref name="snippet"/>,
    /// at the snippet's start or at its <c>|</c> marker.
    /// </summary>
    private static void AssertAt(ScenarioProblem problem, string file, string text, string snippet, string keyPath, string message)
    {
        Assert.Equal(file, problem.File);
        Assert.Equal(keyPath, problem.KeyPath);
        Assert.Equal(message, problem.Message);
        var marker = Math.Max(snippet.IndexOf('|', StringComparison.Ordinal), 0);
        var plain = snippet.Replace("|", "", StringComparison.Ordinal);
        Assert.Equal(TestScenarios.LineOf(text, plain), problem.Line);
        Assert.Equal(TestScenarios.ColumnOf(text, plain) + marker, problem.Column);
    }
}
