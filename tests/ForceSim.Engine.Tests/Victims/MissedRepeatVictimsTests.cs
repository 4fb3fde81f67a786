using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Tests.Victims;

public sealed class MissedRepeatVictimsTests
{
    [Fact]
    public void Every_victim_found_had_a_later_contact_that_was_not_recognised_as_a_repeat()
    {
        var run = new InProcessRun(new CompiledScenario(TestScenarios.ShortCambridgeshire(days: 60, replications: 1)), replication: 0);
        run.Run();

        var missed = MissedRepeatVictims.From(run, count: 5);

        Assert.Equal(5, missed.Count);
        Assert.All(missed, v => Assert.Contains(v.Steps.Where(s => s.Kind == JourneyKind.Contact).Skip(1), s => !s.RepeatIdentified));
        Assert.Equal(missed.OrderByDescending(v => v.Steps.Count).ThenBy(v => v.Id), missed);
    }

    [Fact]
    public void When_every_check_is_done_no_repeat_victim_is_missed()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 60, replications: 1).WithTriage(t => t.WithPerfectRepeatChecks());
        var run = new InProcessRun(new CompiledScenario(scenario), replication: 0);
        run.Run();

        Assert.Empty(MissedRepeatVictims.From(run, count: 5));
    }
}
