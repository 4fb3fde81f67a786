using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Reporting.League;

namespace ForceSim.Reporting.Tests.League;

/// <summary>The national scenario end to end on the in-process engine: kept to two simulated days and one replication.</summary>
public sealed class NationalLeagueTests
{
    [Fact]
    public void A_short_national_run_gives_a_league_of_43_forces_in_ten_regions_against_the_published_figure()
    {
        var scenario = TestScenarios.Load("england-wales.yaml").Shorten(days: 2, replications: 1, warmupDays: 1);
        var model = new CompiledScenario(scenario);
        var result = new ExperimentResult { ScenarioName = scenario.Name, Seed = scenario.Run.Seed, Replications = [ReplicationRunner.Run(model, 0)] };

        var league = LeagueStandings.Build(scenario, model.Rubric, result);

        Assert.Equal(43, league.Forces.Count);
        Assert.Equal(10, league.Regions.Count);
        Assert.All(league.Forces, f => Assert.InRange(f.Of(MeasureNames.EmergencyAnsweredWithin10s)!.Mean!.Value, 0, 1));
        Assert.All(league.Regions, r => Assert.NotNull(r.Of(MeasureNames.AttendanceWithinTarget)?.Mean));
        Assert.InRange(league.National.Of(MeasureNames.EmergencyAnsweredWithin10s)!.Mean!.Value, 0, 1);
        Assert.Contains("against 71.0% published", LeagueSection.NationalSentence(league), StringComparison.Ordinal);
        Assert.Equal(43 + 10 + 1, LeagueCsv.Render(league).Split('\n').Count(l => l.Contains(",contact.emergency_answered_within_10s,", StringComparison.Ordinal)) - 1);
    }
}
