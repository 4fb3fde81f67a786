using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Budgets;
using ForceSim.Reporting.Summaries;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Tests.Summaries;

public sealed class BudgetSummaryTextTests
{
    [Fact]
    public void A_recommended_spend_is_said_as_the_staff_it_buys_and_what_that_does_to_the_objective()
    {
        var budget = Budget(
            [new(0, null, 0, 0, 0, 0, 0, 0.601, null, null), new(1, StaffRole.ResponseOfficer, 240_000, 0, 1, 0, 0, 0.623, 0.011, 0.033)],
            [new(StaffRole.CallHandler, 0, "+1 call handler", 0, 0), new(StaffRole.ResponseOfficer, 1, "+1 unit", 4.4, 240_000)]);

        var sentences = BudgetSummaryText.Sentences(budget, []);

        Assert.Equal(
            [
                "Spending up to £0.60M a year: the search recommends adding 1 step(s) of response officers (4.4 FTE, £0.24M a year), costing £0.24M a year in all.",
                "With it, attended within the grade given's target rises from 60% to 62% (+2.2 points, paired 95% CI +1.1 to +3.3 points), a change distinguishable from zero.",
            ],
            sentences);
    }

    [Fact]
    public void A_search_that_buys_nothing_says_why()
    {
        var budget = Budget([new(0, null, 0, 0, 0, 0, 0, 0.601, null, null)], [new(StaffRole.CallHandler, 0, "+1 call handler", 0, 0)]);

        var sentence = Assert.Single(BudgetSummaryText.Sentences(budget, []));

        Assert.Equal("Spending up to £0.60M a year: the search recommends no change to staff, because no step helps; attended within the grade given's target stays at 60%.", sentence);
    }

    private static BudgetSummary Budget(IReadOnlyList<BudgetFrontierRow> frontier, IReadOnlyList<BudgetRoleChange> recommended) => new()
    {
        Budget = 600_000,
        Objective = MeasureNames.AttendanceWithinTarget,
        ObjectiveDescription = "maximise",
        Maximise = true,
        Seed = 1,
        Replications = 2,
        MixesEvaluated = frontier.Count,
        Stopped = "no step helps",
        Frontier = frontier,
        Recommended = recommended,
    };
}
