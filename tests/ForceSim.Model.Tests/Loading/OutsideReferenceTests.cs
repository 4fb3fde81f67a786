using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

/// <summary>
/// <c>extends:</c> and <c>rubric:</c> must name files inside the scenario's tree (its folder, or the nearest folder above it
/// holding <c>.forcesim-root</c>) unless the user allows otherwise; absolute paths, <c>..</c> escapes and symbolic links out
/// of the tree are refused before the file is opened.
/// </summary>
public sealed class OutsideReferenceTests : IDisposable
{
    private static readonly LoadOptions Allowed = new() { AllowOutsideReferences = true };

    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Extends_that_climbs_out_of_the_scenario_s_folder_is_refused_with_file_line_and_what_to_do()
    {
        _files.Write("base.yaml", TestScenarios.Minimal);
        var overlay = _files.Write("work/overlay.yaml", "name: Overlay\nextends: ../base.yaml\n");

        var problem = Assert.Single(ScenarioLoader.LoadFile(overlay).Problems);

        Assert.Equal((overlay, 2, 10, "extends"), (problem.File, problem.Line, problem.Column, problem.KeyPath));
        Assert.Equal(
            $"'../base.yaml' leads to {_files["base.yaml"]}, outside the scenario's tree {_files["work"]} (the scenario's own folder, as no folder above it holds .forcesim-root), so it is not read; "
            + "keep the files a scenario uses in one tree (mark its top folder with a file named .forcesim-root), or pass --allow-outside-references if you trust this scenario",
            problem.Message);
    }

    [Theory]
    [InlineData("../../../../../../../../../../etc/passwd")]
    [InlineData("./../../../../../../../../../../etc/hostname")]
    public void Escapes_to_system_files_are_refused_without_reading_them(string path)
    {
        var overlay = _files.Write("overlay.yaml", $"extends: {path}\n");

        var problem = Assert.Single(ScenarioLoader.LoadFile(overlay).Problems);

        Assert.Equal((overlay, "extends"), (problem.File, problem.KeyPath));
        Assert.Contains("outside the scenario's tree", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absolute_extends_path_is_refused_even_inside_the_tree()
    {
        var basePath = _files.Write("base.yaml", TestScenarios.Minimal);
        var overlay = _files.Write("overlay.yaml", $"extends: '{basePath}'\n");

        var problem = Assert.Single(ScenarioLoader.LoadFile(overlay).Problems);

        Assert.StartsWith($"'{basePath}' is an absolute path, so it is not read; name the file relative to this file's folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowing_outside_references_loads_the_same_overlay()
    {
        var basePath = _files.Write("base.yaml", TestScenarios.Minimal);
        var climbs = _files.Write("work/overlay.yaml", "extends: ../base.yaml\nrun: {seed: 9}\n");
        var absolute = _files.Write("work/absolute.yaml", $"extends: '{basePath}'\nrun: {{seed: 9}}\n");

        Assert.Equal(9, ScenarioLoader.LoadFile(climbs, options: Allowed).Scenario?.Run.Seed);
        Assert.Equal(9, ScenarioLoader.LoadFile(absolute, options: Allowed).Scenario?.Run.Seed);
    }

    [Fact]
    public void A_forcesim_root_file_above_the_scenario_widens_its_tree_to_that_folder()
    {
        _files.Write(".forcesim-root", "");
        _files.Write("base.yaml", TestScenarios.Minimal);
        var overlay = _files.Write("whatif/deeper/overlay.yaml", "extends: ../../base.yaml\nrun: {seed: 9}\n");

        Assert.Equal(9, ScenarioLoader.LoadFile(overlay).Scenario?.Run.Seed);
    }

    [Fact]
    public void The_tree_is_fixed_by_the_named_file_so_a_base_cannot_reach_further_than_its_overlay_could()
    {
        _files.Write("outside.yaml", TestScenarios.Minimal);
        _files.Write("tree/.forcesim-root", "");
        _files.Write("tree/base.yaml", "extends: ../outside.yaml\n");
        var overlay = _files.Write("tree/whatif/overlay.yaml", "extends: ../base.yaml\n");

        var problem = Assert.Single(ScenarioLoader.LoadFile(overlay).Problems);

        Assert.Equal((Path.Combine(_files["tree/whatif"], "../base.yaml"), 1, "extends"), (problem.File, problem.Line, problem.KeyPath));
        Assert.Contains($"outside the scenario's tree {_files["tree"]} (the folder holding .forcesim-root)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_inside_the_tree_that_points_out_of_it_is_refused()
    {
        _files.Write("outside/base.yaml", TestScenarios.Minimal);
        Directory.CreateDirectory(_files["tree"]);
        File.CreateSymbolicLink(_files["tree/base.yaml"], _files["outside/base.yaml"]);
        Directory.CreateSymbolicLink(_files["tree/linked"], _files["outside"]);
        var viaFile = _files.Write("tree/via-file.yaml", "extends: base.yaml\n");
        var viaFolder = _files.Write("tree/via-folder.yaml", "extends: linked/base.yaml\n");

        var fileProblem = Assert.Single(ScenarioLoader.LoadFile(viaFile).Problems);
        var folderProblem = Assert.Single(ScenarioLoader.LoadFile(viaFolder).Problems);

        Assert.StartsWith($"'base.yaml' leads to {_files["outside/base.yaml"]}, outside the scenario's tree", fileProblem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"'linked/base.yaml' leads to {_files["outside/base.yaml"]}, outside the scenario's tree", folderProblem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_that_stays_inside_the_tree_is_followed()
    {
        _files.Write("tree/scenarios/base.yaml", TestScenarios.Minimal);
        File.CreateSymbolicLink(_files["tree/current.yaml"], _files["tree/scenarios/base.yaml"]);
        var overlay = _files.Write("tree/overlay.yaml", "extends: current.yaml\nrun: {seed: 9}\n");

        Assert.Equal(9, ScenarioLoader.LoadFile(overlay).Scenario?.Run.Seed);
    }

    [Fact]
    public void A_rubric_outside_the_tree_is_refused_at_the_rubric_key()
    {
        _files.Write("rubric.yaml", "not read");
        var scenario = _files.Write("work/s.yaml", TestScenarios.Minimal + "rubric: ../rubric.yaml\n");

        var problem = Assert.Single(ScenarioLoader.LoadFile(scenario).Problems);

        Assert.Equal((scenario, "rubric"), (problem.File, problem.KeyPath));
        Assert.StartsWith($"'../rubric.yaml' leads to {_files["rubric.yaml"]}, outside the scenario's tree {_files["work"]}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absolute_rubric_path_is_refused_unless_allowed()
    {
        var scenario = _files.Write("s.yaml", TestScenarios.Minimal + "rubric: /etc/hostname\n");

        var refused = Assert.Single(ScenarioLoader.LoadFile(scenario).Problems);
        var allowed = ScenarioLoader.LoadFile(scenario, options: Allowed).Problems;

        Assert.StartsWith("'/etc/hostname' is an absolute path, so it is not read", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(allowed, p => p.Message.Contains("absolute path", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_shipped_scenario_and_overlay_validates_under_the_default_rule()
    {
        var folder = RepositoryPaths.File("scenarios");
        var skip = new[] { "assumptions", "calibration", "experiments", "rubrics" };
        var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !skip.Contains(Path.GetFileName(Path.GetDirectoryName(f)))).ToList();

        Assert.Contains(files, f => f.Contains("whatif", StringComparison.Ordinal));
        Assert.All(files, f => Assert.True(ScenarioLoader.LoadFile(f).IsValid, f));
    }
}
