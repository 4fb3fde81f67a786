using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Processes;
using ForceSim.Grains.Runs;
using ForceSim.Grains.Tests.Support;

namespace ForceSim.Grains.Tests.Processes;

/// <summary>Entities of a grain-hosted run answer for what happened to them, during and after the run.</summary>
public sealed class EntityQueryTests(EmbeddedSiloFixture silo) : IClassFixture<EmbeddedSiloFixture>
{
    [Fact]
    public async Task Victim_journeys_from_grains_add_up_to_the_runs_repeat_victimisation_measure()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 30, replications: 1);
        var model = new CompiledScenario(scenario);
        var run = await GrainHostRun.RunAsync(silo.Grains, scenario, replication: 0);
        var key = run.Run.ToString("N");
        // The in-process host of the same world only tells us which victim ids exist.
        var world = new InProcessRun(model, replication: 0);
        world.Run();

        var repeats = 0;
        foreach (var batch in world.Victims.Select(v => v.Id.Id).Chunk(500))
        {
            var journeys = await Task.WhenAll(batch.Select(id => silo.Grains.GetGrain<IVictimGrain>(id, key).Journey()));
            foreach (var journey in journeys)
            {
                Assert.Equal(world.Victim(journey.Id)!.Describe().Steps, journey.Steps);
                repeats += journey.Steps.Count(s => s.Kind is JourneyKind.RepeatVictimisation or JourneyKind.RepeatNotReported && model.Period.Contains(s.Time));
            }
        }

        var perYear = run.Result.Measures["victims.repeat_victimisations_per_year"]!.Value;
        Assert.True(repeats > 0);
        Assert.Equal(repeats, perYear * (model.Period.Minutes / (365.0 * 1440.0)), precision: 6);
        Assert.Equal(world.Victims.Count(), run.Output.Victims);
    }

    [Fact]
    public async Task The_missed_repeat_victims_a_run_reports_have_a_contact_not_recognised_as_a_repeat()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 60, replications: 1);
        var run = await GrainHostRun.RunAsync(silo.Grains, scenario, replication: 0);

        Assert.NotEmpty(run.Output.MissedRepeatVictims);
        foreach (var id in run.Output.MissedRepeatVictims)
        {
            var journey = await silo.Grains.GetGrain<IVictimGrain>(id, run.Run.ToString("N")).Journey();
            Assert.True(MissedRepeatVictims.IsMissed(journey.Steps));
        }
    }

    [Fact]
    public async Task A_control_room_and_a_unit_answer_while_the_run_is_going_and_after_it()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 120, replications: 1);
        var id = Guid.NewGuid();
        var key = id.ToString("N");
        var run = silo.Grains.GetGrain<IRunGrain>(id);
        var room = silo.Grains.GetGrain<IControlRoomGrain>(0, key);

        await run.Start(new RunSpec(scenario, 0));
        RunProgress progress;
        do
        {
            await Task.Delay(5);
            progress = await run.Progress();
        }
        while (progress.WindowsDone < 24 * 20 && progress.State == RunState.Running);

        var during = await room.Status();
        while ((await run.Progress()).State == RunState.Running)
        {
            await Task.Delay(20);
        }

        var after = await room.Status();
        var unit = await silo.Grains.GetGrain<IPatrolUnitGrain>(0, key).Report();

        Assert.Equal(RunState.Finished, (await run.Progress()).State);
        Assert.True(during.Now < after.Now, $"the room was asked at {during.Now} min and again at {after.Now} min");
        Assert.True(during.Offered[0] < after.Offered[0]);
        Assert.True(after.Answered[0] > 0);
        Assert.Equal(168, after.TypicalWeekWaiting[1].Count);
        Assert.NotEmpty(unit.Shifts);
    }
}
