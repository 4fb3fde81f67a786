using ForceSim.Engine.Grading;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.League;
using ForceSim.Testing.Rubrics;

namespace ForceSim.Reporting.Tests.League;

public sealed class LeagueStandingsTests
{
    private const string Answered = MeasureNames.EmergencyAnsweredWithin10s;
    private const string Offered = "contact.emergency_contacts_per_day";

    private static readonly Rubric Rubric = TestRubrics.Rubric(
        TestRubrics.Area("responding", GradeCombination.LimitingFactor, TestRubrics.Higher(Answered)));

    /// <summary>Forces a and b in region "East", c in "West", d in none; one force of the test scenario copied under each id.</summary>
    private static Scenario FourForces()
    {
        var force = TestScenarios.OneForce().Forces[0];
        return TestScenarios.OneForce() with
        {
            Forces =
            [
                force with { Id = "a", Name = "Force A", Region = "East" },
                force with { Id = "b", Name = "Force B", Region = "East" },
                force with { Id = "c", Name = "Force C", Region = "West" },
                force with { Id = "d", Name = "Force D" },
            ],
        };
    }

    private static ReplicationResult Replication(int index, params (string Force, (string Name, double? Value)[] Measures)[] forces) => new()
    {
        Replication = index,
        Measures = TestResults.Measures((Answered, 0.5)),
        Forces = new SortedDictionary<string, SortedDictionary<string, double?>>(
            forces.ToDictionary(f => f.Force, f => TestResults.Measures(f.Measures)), StringComparer.Ordinal),
    };

    private static ExperimentResult TwoReplications() => TestResults.Experiment(
        Replication(0,
            ("a", [(Answered, 0.9), (Offered, 100), (MeasureNames.AnnualCost, 10), (MeasureNames.RepeatVictimsIdentified, 0.5), ("grades.responding.inspection.good", 1)]),
            ("b", [(Answered, 0.6), (Offered, 300), (MeasureNames.AnnualCost, 30)]),
            ("c", [(Answered, 0.8), (Offered, 50)]),
            ("d", [(Answered, 0.7), (Offered, 50)])),
        Replication(1,
            ("a", [(Answered, 0.8), (Offered, 100), (MeasureNames.AnnualCost, 12), (MeasureNames.RepeatVictimsIdentified, 0.7), ("grades.responding.inspection.requires_improvement", 1)]),
            ("b", [(Answered, 0.4), (Offered, 100), (MeasureNames.AnnualCost, 28)]),
            ("c", [(Answered, 0.9), (Offered, 50)]),
            ("d", [(Answered, 0.6), (Offered, 50)])));

    [Fact]
    public void A_region_pools_its_forces_shares_weighted_by_calls_offered_in_each_replication()
    {
        var league = LeagueStandings.Build(FourForces(), Rubric, TwoReplications());

        var east = Assert.Single(league.Regions, r => r.Id == "East").Of(Answered)!;

        // Replication 0: (0.9·100 + 0.6·300) / 400 = 0.675; replication 1: (0.8·100 + 0.4·100) / 200 = 0.6.
        var expected = MeasureSummary.Of(Answered, [0.675, 0.6]);
        Assert.Equal(expected.Mean!.Value, east.Mean!.Value, 12);
        Assert.Equal(expected.Lower!.Value, east.Lower!.Value, 12);
        Assert.Equal(2, east.N);
    }

    [Fact]
    public void A_regions_staff_cost_is_the_sum_of_its_forces()
    {
        var league = LeagueStandings.Build(FourForces(), Rubric, TwoReplications());

        Assert.Equal(40, league.Regions.Single(r => r.Id == "East").Of(MeasureNames.AnnualCost)!.Mean!.Value, 12);
    }

    [Fact]
    public void A_measure_with_no_weight_to_pool_by_is_shown_for_forces_but_not_regions()
    {
        var league = LeagueStandings.Build(FourForces(), Rubric, TwoReplications());

        Assert.Equal(0.6, league.Forces.Single(f => f.Id == "a").Of(MeasureNames.RepeatVictimsIdentified)!.Mean!.Value, 12);
        Assert.Null(league.Regions.Single(r => r.Id == "East").Of(MeasureNames.RepeatVictimsIdentified));
    }

    [Fact]
    public void Regions_come_from_the_forces_and_a_force_without_one_is_in_none()
    {
        var league = LeagueStandings.Build(FourForces(), Rubric, TwoReplications());

        Assert.Equal(["East", "West"], league.Regions.Select(r => r.Id));
        Assert.Equal(["a", "b", "c", "d"], league.Forces.Select(f => f.Id));
        Assert.Equal("", league.Forces.Single(f => f.Id == "d").Region);
        Assert.Equal(0.85, league.Regions.Single(r => r.Id == "West").Of(Answered)!.Mean!.Value, 12);
    }

    [Fact]
    public void A_forces_grade_probabilities_are_the_share_of_replications_awarding_each_grade()
    {
        var league = LeagueStandings.Build(FourForces(), Rubric, TwoReplications());

        var grades = Assert.Single(league.Forces.Single(f => f.Id == "a").Grades);
        Assert.Equal("responding", grades.Area);
        Assert.Equal(0.5, grades.Probability[InspectionGrade.Good]);
        Assert.Equal(0.5, grades.Probability[InspectionGrade.RequiresImprovement]);
        Assert.Empty(Assert.Single(league.Forces.Single(f => f.Id == "b").Grades).Probability);
    }

    [Fact]
    public void The_whole_is_the_runs_overall_summary_set_against_the_published_national_figure()
    {
        var league = LeagueStandings.Build(FourForces(), Rubric, TwoReplications());

        Assert.Equal(0.5, league.National.Of(Answered)!.Mean!.Value, 12);
        Assert.Equal(0.71, league.Published.Value);
        Assert.Equal(Answered, league.Published.Measure);
        Assert.Equal(
            "999 calls answered within 10 seconds, all forces: simulated 50.0% (95% CI 50.0% to 50.0%), against 71.0% published for 1 Nov 2021 - 30 Apr 2022 "
            + "(Home Office 999 call answering data, first release 31 May 2022 (all UK police forces)).",
            LeagueSection.NationalSentence(league));
    }
}
