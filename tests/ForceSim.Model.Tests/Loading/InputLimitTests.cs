using System.Text;
using ForceSim.Model.Experiments;
using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

/// <summary>
/// The caps of <see cref="InputLimits"/>: a file that asks too much is refused with one problem naming the file, line, key
/// path, the cap and what to do, after reading no further than the cap.
/// </summary>
public sealed class InputLimitTests : IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_scenario_listing_200000_forces_is_refused_at_the_101st_force_with_the_cap_and_its_reason()
    {
        var text = new StringBuilder("name: Every force\ncontrol_rooms:\n  - {id: room}\nforces:\n");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append("  - {id: f").Append(i).Append("}\n");
        }

        var path = _files.Write("many.yaml", text.ToString());
        Assert.InRange(new FileInfo(path).Length, 1_000_000, InputLimits.MaxFileBytes); // under the size cap: the list cap must stop it

        var result = ScenarioLoader.LoadFile(path);

        Assert.Null(result.Scenario);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.File);
        Assert.Equal(105, problem.Line);
        Assert.Equal("forces", problem.KeyPath);
        Assert.StartsWith("lists more than 100 items; at most 100 are allowed here (a national model of England and Wales has 43 forces", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Split the work into several scenarios", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_file_over_8_MB_is_refused_by_its_size_before_it_is_parsed()
    {
        var path = _files.Write("huge.yaml", "name: x\nnotes: '" + new string('a', InputLimits.MaxFileBytes) + "'\n");

        var problem = Assert.Single(ScenarioLoader.LoadFile(path).Problems);

        Assert.Equal((path, 0, ""), (problem.File, problem.Line, problem.KeyPath));
        Assert.StartsWith("cannot read the file: it is 8 MB; at most 8 MB is allowed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_text_over_8_MB_given_directly_is_refused_too()
    {
        var problem = Assert.Single(ScenarioLoader.LoadText("name: x\nnotes: '" + new string('a', InputLimits.MaxFileBytes) + "'\n", "big.yaml").Problems);

        Assert.StartsWith("the text is 8 MB; at most 8 MB is allowed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rubric_assumptions_and_experiment_files_over_8_MB_are_refused_by_their_size()
    {
        var path = _files.Write("huge.yaml", new string('#', InputLimits.MaxFileBytes + 1));

        Assert.Contains("at most 8 MB is allowed", Assert.Single(RubricLoader.LoadFile(path).Problems).Message, StringComparison.Ordinal);
        Assert.Contains("at most 8 MB is allowed", Assert.Single(AssumptionsLoader.LoadFile(path).Problems).Message, StringComparison.Ordinal);
        Assert.Contains("at most 8 MB is allowed", Assert.Single(ExperimentLoader.LoadFile(path).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_size_such_as_dev_zero_is_read_only_as_far_as_the_cap()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // no such device on this system (Windows); Linux CI runs the check
        }

        var error = Assert.Throws<InputTooLargeException>(() => InputFile.ReadAllText("/dev/zero"));

        Assert.StartsWith("it is more than 8 MB; at most 8 MB is allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_that_expand_past_a_million_values_are_refused_while_parsing()
    {
        var text = new StringBuilder("name: x\nl0: &l0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        for (var i = 1; i < 9; i++)
        {
            text.Append($"l{i}: &l{i} [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))).Append("]\n");
        }

        var problem = Assert.Single(ScenarioLoader.LoadText(text.ToString(), "bomb.yaml").Problems);

        Assert.Equal(("bomb.yaml", 7, "l5[7]"), (problem.File, problem.Line, problem.KeyPath));
        Assert.StartsWith("the file holds more than 1,000,000 values, counting each use of an alias (*name) as a copy", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_that_repeats_one_force_by_alias_counts_each_repeat_against_the_list_cap()
    {
        var text = "name: x\nforces: [&f {id: f}" + string.Concat(Enumerable.Repeat(", *f", 150)) + "]\n";

        var problem = Assert.Single(ScenarioLoader.LoadText(text, "aliases.yaml").Problems);

        Assert.Equal("forces", problem.KeyPath);
        Assert.StartsWith("lists more than 100 items", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_64_levels_is_refused_at_the_65th()
    {
        var text = "name: x\nnotes: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var problem = Assert.Single(ScenarioLoader.LoadText(text, "deep.yaml").Problems);

        Assert.Equal(("deep.yaml", 2), (problem.File, problem.Line));
        Assert.Equal("notes" + string.Concat(Enumerable.Repeat("[0]", 63)), problem.KeyPath);
        Assert.StartsWith("is nested more than 64 levels deep", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("on_scene_minutes: {dist: lognormal, mean: 90, sd: 60}", "on_scene_minutes: {dist: exponential, mean: 1e300}", "forces[0].incident_types[0].on_scene_minutes.mean", "must be a number greater than 0 and at most 1000000 (got 1e300)")]
    [InlineData("on_scene_minutes: {dist: lognormal, mean: 90, sd: 60}", "on_scene_minutes: {dist: uniform, min: 0, max: 2e6}", "forces[0].incident_types[0].on_scene_minutes.max", "must be a number from 0 to 1000000 (got 2e6)")]
    [InlineData("share: {emergency: 3, non_emergency: 1}", "share: {emergency: 3e10, non_emergency: 1}", "forces[0].incident_types[0].share.emergency", "must be a number from 0 to 1000000000 (got 3e10)")]
    public void Durations_and_weights_past_their_upper_bound_are_refused_with_the_bound(string find, string replace, string keyPath, string message)
    {
        Assert.Contains(find, TestScenarios.Minimal, StringComparison.Ordinal);
        var text = TestScenarios.Minimal.Replace(find, replace, StringComparison.Ordinal);

        var problems = ScenarioLoader.LoadText(text, "bounds.yaml").Problems;

        Assert.Contains(problems, p => p.KeyPath == keyPath && p.Message == message);
    }

    [Fact]
    public void A_mapping_with_more_than_1000_keys_is_refused_at_the_1001st()
    {
        var classes = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"        class{i}: 0.5\n"));
        var text = "name: x\nforces:\n  - recording:\n      probability:\n" + classes;

        var problem = Assert.Single(ScenarioLoader.LoadText(text, "classes.yaml").Problems);

        Assert.Equal(("classes.yaml", 1005, "forces[0].recording.probability"), (problem.File, problem.Line, problem.KeyPath));
        Assert.StartsWith("has more than 1,000 keys", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_long_id_or_name_is_a_problem_at_its_key_and_the_rest_is_still_checked()
    {
        var text = TestScenarios.Minimal
            .Replace("id: north-cr\n", $"id: {new string('n', 65)}\n", StringComparison.Ordinal)
            .Replace("name: North control room", $"name: {new string('N', 201)}", StringComparison.Ordinal);

        var problems = ScenarioLoader.LoadText(text, "long.yaml").Problems;

        Assert.Contains(problems, p => p.KeyPath == "control_rooms[0].id" && p.Message == "is 65 characters long; at most 64 are allowed here. Shorten it (ids name output files and columns; names appear in tables)");
        Assert.Contains(problems, p => p.KeyPath == "control_rooms[0].name" && p.Message.StartsWith("is 201 characters long; at most 200 are allowed here", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.KeyPath == "forces[0].control_room" && p.Message.Contains("north-cr", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_that_an_overlay_grows_past_its_cap_is_refused_at_the_merged_list()
    {
        _files.Write("base.yaml", "name: Base\nforces:\n" + Forces(0, 60));
        var overlay = _files.Write("overlay.yaml", "extends: base.yaml\nforces:\n" + Forces(60, 60));

        var result = ScenarioLoader.LoadFile(overlay);

        var problem = Assert.Single(result.Problems, p => p.KeyPath == "forces");
        Assert.StartsWith("lists 120 items; at most 100 are allowed here", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Problems, p => p.KeyPath.StartsWith("forces[", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extends_chain_longer_than_10_files_is_refused_with_the_chain()
    {
        _files.Write("f10.yaml", TestScenarios.Minimal);
        for (var i = 0; i < 10; i++)
        {
            _files.Write($"f{i}.yaml", $"extends: f{i + 1}.yaml\n");
        }

        var problem = Assert.Single(ScenarioLoader.LoadFile(_files["f0.yaml"]).Problems);

        Assert.Equal((_files["f9.yaml"], 1, "extends"), (problem.File, problem.Line, problem.KeyPath));
        Assert.StartsWith($"the chain of extends is longer than 10 files ({_files["f0.yaml"]} → ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extends_chain_of_10_files_is_accepted()
    {
        _files.Write("f9.yaml", TestScenarios.Minimal);
        for (var i = 0; i < 9; i++)
        {
            _files.Write($"f{i}.yaml", $"extends: f{i + 1}.yaml\n");
        }

        Assert.True(ScenarioLoader.LoadFile(_files["f0.yaml"]).IsValid);
    }

    private static string Forces(int from, int count) =>
        string.Concat(Enumerable.Range(from, count).Select(i => $"  - {{id: force-{i}}}\n"));
}
