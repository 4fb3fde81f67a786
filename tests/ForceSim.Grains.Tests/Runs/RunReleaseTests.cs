using ForceSim.Grains.Hosting;
using ForceSim.Grains.Processes;
using ForceSim.Grains.Runs;

namespace ForceSim.Grains.Tests.Runs;

/// <summary>A run holds memory only while its owner may still ask about it.</summary>
public sealed class RunReleaseTests
{
    [Fact]
    public async Task A_resting_victim_answers_from_the_state_it_handed_over_and_a_released_run_leaves_nothing_in_memory()
    {
        // A silo of its own, so every activation counted is this run's.
        await using var silo = await EmbeddedSilo.StartAsync();
        var scenario = TestScenarios.ShortCambridgeshire(days: 40, replications: 1);
        var run = await GrainHostRun.RunAsync(silo.Grains, scenario, replication: 0, victimRestMinutes: 0);
        var key = run.Run.ToString("N");
        var coordinator = silo.Grains.GetGrain<IRunGrain>(run.Run);

        var resting = new List<long>();
        foreach (var id in run.Output.MissedRepeatVictims)
        {
            if ((await coordinator.RestedVictim(id)).Value is not null)
            {
                resting.Add(id);
            }
        }

        Assert.NotEmpty(resting);
        foreach (var id in resting)
        {
            var journey = await silo.Grains.GetGrain<IVictimGrain>(id, key).Journey();
            Assert.Equal(id, journey.Id);
            Assert.NotEmpty(journey.Steps);
        }

        var held = await GrainHostRun.ActivationsAsync(silo.Grains);
        Assert.True(held > run.Output.Victims - run.Output.VictimsResting, $"{held} activations while the run is kept");

        await GrainHostRun.ReleaseAsync(silo.Grains, run.Run);

        // Deactivation is asynchronous: wait for it, but fail if the run's grains never leave.
        var remaining = held;
        for (var tries = 0; tries < 600 && remaining > 0; tries++)
        {
            await Task.Delay(100);
            remaining = await GrainHostRun.ActivationsAsync(silo.Grains);
        }

        Assert.True(remaining == 0, $"{remaining} of {held} activations remain after the run was released");
        var gone = await Assert.ThrowsAnyAsync<Exception>(() => silo.Grains.GetGrain<IVictimGrain>(resting[0], key).Journey());
        Assert.Contains("released", gone.Message, StringComparison.Ordinal);
    }
}
