using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Cluster;
using ForceSim.Experiments.Scenarios;
using ForceSim.Experiments.Tests.Support;

namespace ForceSim.Experiments.Tests.Checkpoints;

/// <summary>One fingerprint for saved replications, saved sweep variants and experiments on a cluster.</summary>
public sealed class FingerprintTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_scenario_s_fingerprint_is_stable_for_the_same_file_and_seed_and_ignores_the_replication_count()
    {
        var path = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "a.yaml");

        var first = Fingerprint.OfScenario(path, ScenarioInput.Load(path, replications: 2));
        var second = Fingerprint.OfScenario(path, ScenarioInput.Load(path, replications: 7));

        Assert.Equal(first, second);
        Assert.Matches("^[0-9A-F]{64}$", first.Value);
    }

    [Fact]
    public void A_scenario_s_fingerprint_changes_with_the_seed_and_with_the_file_contents()
    {
        var path = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "a.yaml");
        var original = Fingerprint.OfScenario(path, ScenarioInput.Load(path));
        var otherSeed = Fingerprint.OfScenario(path, ScenarioInput.Load(path, seed: 5));
        File.AppendAllText(path, "# a comment\n");
        var edited = Fingerprint.OfScenario(path, ScenarioInput.Load(path));

        Assert.NotEqual(original, otherSeed);
        Assert.NotEqual(original, edited);
    }

    [Fact]
    public void A_scenario_s_fingerprint_changes_when_a_file_the_scenario_extends_changes()
    {
        var basePath = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "base.yaml");
        var overlay = ScenarioCopies.Write(_temp, "overlay.yaml", "extends: base.yaml\nname: Overlay\n");
        var original = Fingerprint.OfScenario(overlay, ScenarioInput.Load(overlay));
        var again = Fingerprint.OfScenario(overlay, ScenarioInput.Load(overlay));
        File.AppendAllText(basePath, "# a comment\n");
        var edited = Fingerprint.OfScenario(overlay, ScenarioInput.Load(overlay));

        Assert.Equal(original, again);
        Assert.NotEqual(original, edited);
    }

    [Fact]
    public void A_scenario_s_fingerprint_changes_with_the_set_options()
    {
        var path = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "a.yaml");
        string[] overrides = ["run.horizon_days=20"];
        var plain = Fingerprint.OfScenario(path, ScenarioInput.Load(path));
        var withSet = Fingerprint.OfScenario(path, ScenarioInput.Load(path, overrides: overrides), overrides);
        var sameSet = Fingerprint.OfScenario(path, ScenarioInput.Load(path, overrides: overrides), overrides);

        Assert.NotEqual(plain, withSet);
        Assert.Equal(withSet, sameSet);
    }

    [Fact]
    public void A_batch_s_fingerprint_depends_on_the_number_of_replications_too()
    {
        var path = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "a.yaml");
        var scenario = Fingerprint.OfScenario(path, ScenarioInput.Load(path));

        Assert.Equal(scenario.ForReplications(3), scenario.ForReplications(3));
        Assert.NotEqual(scenario.ForReplications(3), scenario.ForReplications(4));
        Assert.NotEqual(scenario, scenario.ForReplications(3));
        Assert.Matches("^[0-9A-F]{64}$", scenario.ForReplications(3).Value);
    }

    [Fact]
    public void A_sweep_variant_s_experiment_id_is_the_same_for_the_same_fingerprint_and_plain_enough_for_a_grain_key()
    {
        var path = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "a.yaml");
        var fingerprint = Fingerprint.OfScenario(path, ScenarioInput.Load(path)).ForReplications(2);
        var other = Fingerprint.OfScenario(path, ScenarioInput.Load(path, seed: 9)).ForReplications(2);

        var id = ExperimentIds.ForSweepVariant("Handlers & supervisors!", 3, fingerprint);

        Assert.Equal(id, ExperimentIds.ForSweepVariant("Handlers & supervisors!", 3, fingerprint));
        Assert.NotEqual(id, ExperimentIds.ForSweepVariant("Handlers & supervisors!", 3, other));
        Assert.Equal($"sweep-Handlerssupervisors-v3-{fingerprint.Value[..12].ToLowerInvariant()}", id);
        Assert.Equal(id, ExperimentIds.Check(id));
    }
}
