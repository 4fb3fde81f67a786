using ForceSim.Experiments.Scenarios;
using ForceSim.Experiments.Tests.Support;

namespace ForceSim.Experiments.Tests.Scenarios;

public sealed class ScenarioInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_applies_replication_and_seed_overrides()
    {
        var scenario = ScenarioInput.Load(ScenarioCopies.Shipped("validation/erlang-c.yaml"), replications: 3, seed: 99);

        Assert.Equal(3, scenario.Run.Replications);
        Assert.Equal(99, scenario.Run.Seed);
        Assert.Equal(30, scenario.Run.HorizonDays);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(10001, null)]
    [InlineData(null, -1L)]
    public void Load_rejects_out_of_range_overrides_as_an_invalid_request(int? replications, long? seed)
    {
        Assert.Throws<InvalidRequestException>(() => ScenarioInput.Load(ScenarioCopies.Shipped("validation/erlang-c.yaml"), replications, seed));
    }

    [Fact]
    public void Load_of_an_invalid_scenario_is_an_invalid_request_listing_the_problems()
    {
        var path = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "typo.yaml", "  replications: 20", "  replicatons: 20");

        var error = Assert.Throws<InvalidRequestException>(() => ScenarioInput.Load(path));

        Assert.Contains("run.replicatons: unknown key 'replicatons'; did you mean 'replications'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_applies_set_options_before_the_replication_and_seed_options()
    {
        var path = ScenarioCopies.Shipped("validation/erlang-c.yaml");

        var scenario = ScenarioInput.Load(path, replications: 3, overrides: ["run.replications=7", "run.seed=8", "run.horizon_days=*2"]);

        Assert.Equal(3, scenario.Run.Replications);
        Assert.Equal(8, scenario.Run.Seed);
        Assert.Equal(60, scenario.Run.HorizonDays);
    }

    [Fact]
    public void Load_with_a_bad_set_option_is_an_invalid_request_naming_the_option()
    {
        var error = Assert.Throws<InvalidRequestException>(() => ScenarioInput.Load(ScenarioCopies.Shipped("validation/erlang-c.yaml"), overrides: ["run.seed=3", "run.sed=4"]));

        Assert.Contains("--set:2:0: run.sed: unknown key 'sed'; did you mean 'seed'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Parallelism_below_one_is_an_invalid_request(int parallel)
    {
        var error = Assert.Throws<InvalidRequestException>(() => ScenarioInput.Parallelism(parallel));

        Assert.Equal($"--parallel must be 1 or more (got {parallel}).", error.Message);
        Assert.Equal(Environment.ProcessorCount, ScenarioInput.Parallelism(null));
    }
}
