using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Tests.Hosting;

/// <summary>
/// The in-process host forgets victims with nothing left to do (and keeps no unit's shift log), so memory follows the
/// active victims rather than the horizon; the measures, the missed repeat victims shown and every message delivered are exactly those of a run that
/// keeps every victim.
/// </summary>
public sealed class VictimRetirementTests
{
    public static TheoryData<string> Scenarios => ["cambridgeshire", "eastern-region"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_run_that_retires_victims_gives_the_tally_of_a_run_that_keeps_them_byte_for_byte(string name)
    {
        var model = Model(name);
        var keeping = new InProcessRun(model, replication: 1);
        var retiring = new InProcessRun(model, replication: 1, retireVictims: true);

        var kept = TallyCodec.Encode(keeping.Run());
        var retired = TallyCodec.Encode(retiring.Run());

        Assert.Equal(kept, retired);
        Assert.Equal(keeping.MessagesDelivered, retiring.MessagesDelivered);
        Assert.Equal(keeping.Victims.Count(), retiring.Victims.Count() + retiring.VictimsRetired);
        Assert.True(retiring.VictimsRetired > 2 * retiring.Victims.Count(), $"{retiring.VictimsRetired} retired, {retiring.Victims.Count()} kept");
        Assert.All(retiring.PatrolUnits, u => Assert.Empty(u.ShiftLog)); // the shift measures come from running counts
        Assert.Contains(keeping.PatrolUnits, u => u.ShiftLog.Count > 0);
    }

    [Fact]
    public void A_retiring_run_shows_the_same_missed_repeat_victims_as_a_run_that_keeps_every_victim()
    {
        var model = Model("cambridgeshire");
        var keeping = new InProcessRun(model, replication: 0);
        var retiring = new InProcessRun(model, replication: 0, retireVictims: true, missedJourneysToKeep: 5);
        keeping.Run();
        retiring.Run();

        var expected = MissedRepeatVictims.From(keeping, 5);
        var shown = MissedRepeatVictims.From(retiring, 5);

        Assert.Equal(5, expected.Count);
        Assert.Contains(expected, j => retiring.Victim(j.Id) is null); // some come from retired victims
        Assert.Equal(expected.Select(j => (j.Id, j.Confidence, j.Contacts)), shown.Select(j => (j.Id, j.Confidence, j.Contacts)));
        Assert.Equal(expected.SelectMany(j => j.Steps), shown.SelectMany(j => j.Steps));
    }

    private static CompiledScenario Model(string name) => new(name == "cambridgeshire"
        ? TestScenarios.ShortCambridgeshire(days: 90, replications: 2)
        : TestScenarios.Shorten(TestScenarios.EasternRegion(), days: 30, replications: 2, warmupDays: 3));
}
