using ForceSim.Grains.Hosting;
using ForceSim.Grains.Runs;
using ForceSim.Grains.Tests.Support;

namespace ForceSim.Grains.Tests.Runs;

/// <summary>
/// The grain host retires victims with nothing left to do, as the in-process host does: each is folded into the tally
/// and forgotten, and its grain leaves memory, so memory follows the active victims rather than the horizon. The
/// results must be those of a run that keeps every victim, and the in-process host's.
/// </summary>
public sealed class GrainHostRetirementTests(EmbeddedSiloFixture silo) : IClassFixture<EmbeddedSiloFixture>
{
    [Theory]
    [InlineData(RunSpec.DefaultVictimRestMinutes)]
    [InlineData(0.0)] // every victim rests daily too, so some retire after being brought back from rest
    public async Task A_run_that_retires_victims_gives_the_results_of_one_that_keeps_them_and_of_the_in_process_host(double victimRestMinutes)
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 60, replications: 1);

        var inProcess = await HostComparison.InProcessResultsAsync(scenario);
        var keeping = await GrainHostRun.RunAsync(silo.Grains, scenario, replication: 0, victimRestMinutes: victimRestMinutes);
        await GrainHostRun.ReleaseAsync(silo.Grains, keeping.Run);
        var retiring = await GrainHostRun.RunAsync(silo.Grains, scenario, replication: 0, victimRestMinutes: victimRestMinutes, retireVictims: true);
        await GrainHostRun.ReleaseAsync(silo.Grains, retiring.Run);

        Assert.Equal(inProcess, HostComparison.Render(scenario, keeping.Result));
        Assert.Equal(inProcess, HostComparison.Render(scenario, retiring.Result));
        Assert.Equal(keeping.Output.Tally, retiring.Output.Tally);
        Assert.Equal((keeping.Output.Victims, keeping.Output.MessagesDelivered), (retiring.Output.Victims, retiring.Output.MessagesDelivered));
        Assert.Equal(keeping.Output.MissedRepeatVictims, retiring.Output.MissedRepeatVictims);
        Assert.Equal(0, keeping.Output.VictimsRetired);
        Assert.True(retiring.Output.VictimsRetired > retiring.Output.Victims / 2, $"{retiring.Output.VictimsRetired} of {retiring.Output.Victims} victims retired");
    }

    [Fact]
    public async Task A_retiring_run_holds_fewer_victim_grains_in_memory_at_its_end_than_one_that_keeps_them()
    {
        // A silo of its own, so every activation counted is this test's runs'.
        await using var own = await EmbeddedSilo.StartAsync();
        var scenario = TestScenarios.ShortCambridgeshire(days: 60, replications: 1);

        var keeping = await GrainHostRun.RunAsync(own.Grains, scenario, replication: 0);
        var keptActivations = await GrainHostRun.ActivationsAsync(own.Grains);
        await GrainHostRun.ReleaseAsync(own.Grains, keeping.Run);
        await Settled(own);
        var retiring = await GrainHostRun.RunAsync(own.Grains, scenario, replication: 0, retireVictims: true);
        var retiringActivations = await Settled(own);
        await GrainHostRun.ReleaseAsync(own.Grains, retiring.Run);

        var inMemory = retiring.Output.Victims - retiring.Output.VictimsResting - retiring.Output.VictimsRetired;
        Assert.True(retiringActivations < keptActivations - (inMemory / 2), $"{retiringActivations} activations after a retiring run, {keptActivations} after one that keeps its victims ({inMemory} victims neither resting nor retired)");
    }

    /// <summary>Activations once deactivations asked for have happened (they are asynchronous): the count stops falling.</summary>
    private static async Task<int> Settled(EmbeddedSilo silo)
    {
        var count = await GrainHostRun.ActivationsAsync(silo.Grains);
        for (var tries = 0; tries < 100; tries++)
        {
            await Task.Delay(100);
            var now = await GrainHostRun.ActivationsAsync(silo.Grains);
            if (now == count)
            {
                return now;
            }

            count = now;
        }

        return count;
    }
}
