using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Experiments.Inspecting;
using ForceSim.Experiments.Scenarios;
using ForceSim.Experiments.Tests.Support;

namespace ForceSim.Experiments.Tests.Inspecting;

/// <summary><c>inspect</c> as a service: the same world as a run, and entities that do not exist are refused.</summary>
public sealed class InspectServiceTests
{
    private static readonly InspectRequest Request = new()
    {
        ScenarioPath = ScenarioCopies.Shipped("cambridgeshire-2022.yaml"),
        Overrides = ["run.horizon_days=10", "run.warmup_days=3"],
    };

    [Fact]
    public async Task A_victim_s_journey_is_the_one_a_replay_of_the_same_replication_tells()
    {
        var inspected = await InspectService.VictimAsync(Request, victim: 1);

        var replay = new InProcessRun(new CompiledScenario(ScenarioInput.Load(Request.ScenarioPath, overrides: Request.Overrides)), replication: 0);
        replay.Run();
        Assert.Equal(replay.Victim(1)!.Describe().Steps, inspected.Journey.Steps);
        Assert.Equal(new DateOnly(2021, 4, 1), inspected.StartDate);
    }

    [Fact]
    public async Task A_unit_that_does_not_exist_is_refused_naming_the_units_there_are()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => InspectService.UnitAsync(Request, unit: 100_000));

        Assert.Matches(@"^no unit 100000: units are numbered 0 to \d+\.$", error.Message);
    }

    [Fact]
    public async Task A_replication_out_of_range_is_refused()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => InspectService.VictimAsync(Request with { Replication = 10_000 }, victim: 1));

        Assert.Equal("--replication must be from 0 to 9999 (got 10000).", error.Message);
    }
}
