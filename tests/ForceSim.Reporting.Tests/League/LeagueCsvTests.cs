using ForceSim.Engine.Measures;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.League;
using ForceSim.Testing.Rubrics;

namespace ForceSim.Reporting.Tests.League;

public sealed class LeagueCsvTests
{
    private static readonly Rubric Rubric = TestRubrics.Rubric(
        TestRubrics.Area("responding", GradeCombination.LimitingFactor, TestRubrics.Higher(MeasureNames.EmergencyAnsweredWithin10s)));

    private static string Render()
    {
        var force = TestScenarios.OneForce().Forces[0];
        var scenario = TestScenarios.OneForce() with { Forces = [force with { Id = "north", Name = "North, Force", Region = "Shire" }] };
        var result = TestResults.Experiment(
            TestResults.Replication(0, (MeasureNames.EmergencyAnsweredWithin10s, 0.8), ("contact.emergency_contacts_per_day", 10.0), ("grades.responding.inspection.good", 1)),
            TestResults.Replication(1, (MeasureNames.EmergencyAnsweredWithin10s, 0.9), ("contact.emergency_contacts_per_day", 10.0), ("grades.responding.inspection.good", 1)));
        return LeagueCsv.Render(LeagueStandings.Build(scenario, Rubric, result));
    }

    [Fact]
    public void League_csv_has_one_row_per_row_and_quantity_with_the_force_region_and_whole()
    {
        var lines = Render().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("level,id,name,region,quantity,mean,ci95_lower,ci95_upper,n,source", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("force,north,\"North, Force\",Shire,contact.emergency_answered_within_10s,0.85", StringComparison.Ordinal) && l.EndsWith(",2,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("region,Shire,Shire,Shire,contact.emergency_answered_within_10s,0.85", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("national,all,All forces,,contact.emergency_answered_within_10s,0.85", StringComparison.Ordinal));
    }

    [Fact]
    public void League_csv_gives_each_grades_probability_and_the_published_figure_with_its_source()
    {
        var lines = Render().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("force,north,\"North, Force\",Shire,grade.responding.good,1,,,,", lines);
        Assert.Contains("force,north,\"North, Force\",Shire,grade.responding.adequate,0,,,,", lines);
        Assert.Equal(
            "published,all,Published figure (1 Nov 2021 - 30 Apr 2022),,contact.emergency_answered_within_10s,0.71,,,,Home Office 999 call answering data, first release 31 May 2022 (all UK police forces)",
            lines[^1].Replace("\"", "", StringComparison.Ordinal));
    }
}
