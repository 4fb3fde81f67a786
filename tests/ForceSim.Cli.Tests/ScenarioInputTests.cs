namespace ForceSim.Cli.Tests;

public sealed class ScenarioInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_applies_replication_and_seed_overrides()
    {
        var scenario = ScenarioInput.Load(CliProcess.Scenario("validation/erlang-c.yaml"), replications: 3, seed: 99);

        Assert.Equal(3, scenario.Run.Replications);
        Assert.Equal(99, scenario.Run.Seed);
        Assert.Equal(30, scenario.Run.HorizonDays);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(10001, null)]
    [InlineData(null, -1L)]
    public void Load_rejects_out_of_range_overrides_as_bad_input(int? replications, long? seed)
    {
        Assert.Throws<BadInputException>(() => ScenarioInput.Load(CliProcess.Scenario("validation/erlang-c.yaml"), replications, seed));
    }

    [Fact]
    public void Load_of_an_invalid_scenario_is_bad_input_listing_the_problems()
    {
        var path = _temp.CopyScenario("validation/erlang-c.yaml", "typo.yaml", "  replications: 20", "  replicatons: 20");

        var error = Assert.Throws<BadInputException>(() => ScenarioInput.Load(path));

        Assert.Contains("run.replicatons: unknown key 'replicatons'; did you mean 'replications'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_is_stable_for_the_same_file_and_seed_and_ignores_the_replication_count()
    {
        var path = _temp.CopyScenario("validation/erlang-c.yaml", "a.yaml");

        var first = ScenarioInput.Fingerprint(path, ScenarioInput.Load(path, replications: 2));
        var second = ScenarioInput.Fingerprint(path, ScenarioInput.Load(path, replications: 7));

        Assert.Equal(first, second);
        Assert.Matches("^[0-9A-F]{64}$", first);
    }

    [Fact]
    public void Fingerprint_changes_with_the_seed_and_with_the_file_contents()
    {
        var path = _temp.CopyScenario("validation/erlang-c.yaml", "a.yaml");
        var original = ScenarioInput.Fingerprint(path, ScenarioInput.Load(path));
        var otherSeed = ScenarioInput.Fingerprint(path, ScenarioInput.Load(path, seed: 5));
        File.AppendAllText(path, "# a comment\n");
        var edited = ScenarioInput.Fingerprint(path, ScenarioInput.Load(path));

        Assert.NotEqual(original, otherSeed);
        Assert.NotEqual(original, edited);
    }

    [Fact]
    public void Load_applies_set_options_before_the_replication_and_seed_options()
    {
        var path = CliProcess.Scenario("validation/erlang-c.yaml");

        var scenario = ScenarioInput.Load(path, replications: 3, overrides: ["run.replications=7", "run.seed=8", "run.horizon_days=*2"]);

        Assert.Equal(3, scenario.Run.Replications);
        Assert.Equal(8, scenario.Run.Seed);
        Assert.Equal(60, scenario.Run.HorizonDays);
    }

    [Fact]
    public void Load_with_a_bad_set_option_is_bad_input_naming_the_option()
    {
        var error = Assert.Throws<BadInputException>(() => ScenarioInput.Load(CliProcess.Scenario("validation/erlang-c.yaml"), overrides: ["run.seed=3", "run.sed=4"]));

        Assert.Contains("--set:2:0: run.sed: unknown key 'sed'; did you mean 'seed'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_changes_when_a_file_the_scenario_extends_changes()
    {
        var basePath = _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        var overlay = _temp.Write("overlay.yaml", "extends: base.yaml\nname: Overlay\n");
        var original = ScenarioInput.Fingerprint(overlay, ScenarioInput.Load(overlay));
        var again = ScenarioInput.Fingerprint(overlay, ScenarioInput.Load(overlay));
        File.AppendAllText(basePath, "# a comment\n");
        var edited = ScenarioInput.Fingerprint(overlay, ScenarioInput.Load(overlay));

        Assert.Equal(original, again);
        Assert.NotEqual(original, edited);
    }

    [Fact]
    public void Fingerprint_changes_with_the_set_options()
    {
        var path = _temp.CopyScenario("validation/erlang-c.yaml", "a.yaml");
        string[] overrides = ["run.horizon_days=20"];
        var plain = ScenarioInput.Fingerprint(path, ScenarioInput.Load(path));
        var withSet = ScenarioInput.Fingerprint(path, ScenarioInput.Load(path, overrides: overrides), overrides);
        var sameSet = ScenarioInput.Fingerprint(path, ScenarioInput.Load(path, overrides: overrides), overrides);

        Assert.NotEqual(plain, withSet);
        Assert.Equal(withSet, sameSet);
    }
}
