using ForceSim.Experiments.Budgeting;

namespace ForceSim.Experiments.Tests.Budgeting;

public class BudgetObjectiveTests
{
    [Theory]
    [InlineData("response.attendance_within_target", ObjectiveDirection.Maximise)]
    [InlineData("victims.confidence", ObjectiveDirection.Maximise)]
    [InlineData("contact.non_emergency_mean_answer_seconds", ObjectiveDirection.Minimise)]
    [InlineData("contact.non_emergency_abandoned", ObjectiveDirection.Minimise)]
    [InlineData("response.dispatch_wait_minutes.priority", ObjectiveDirection.Minimise)]
    [InlineData("victims.unreported_repeat_crimes", ObjectiveDirection.Minimise)]
    public void Good_fractions_are_maximised_and_waits_and_losses_minimised_by_default(string measure, ObjectiveDirection expected)
    {
        Assert.Equal(expected, BudgetObjective.Parse(measure).Direction);
    }

    [Fact]
    public void An_explicit_direction_overrides_the_default_and_utilisation_needs_one()
    {
        Assert.Equal(ObjectiveDirection.Minimise, BudgetObjective.Parse("victims.confidence", ObjectiveDirection.Minimise).Direction);
        Assert.Throws<FormatException>(() => BudgetObjective.Parse("response.unit_utilisation"));
        Assert.Equal(ObjectiveDirection.Minimise, BudgetObjective.Parse("response.unit_utilisation", ObjectiveDirection.Minimise).Direction);
    }

    [Fact]
    public void A_grade_objective_sums_the_indicators_of_that_grade_and_every_better_one()
    {
        var objective = BudgetObjective.Parse("grade:investigating_crime:adequate_or_better");

        Assert.Equal(
            ["grades.investigating_crime.population.outstanding", "grades.investigating_crime.population.good", "grades.investigating_crime.population.adequate"],
            objective.Measures);
        Assert.Equal(ObjectiveDirection.Maximise, objective.Direction);
    }

    [Theory]
    [InlineData("grade:investigating_crime:great_or_better")]
    [InlineData("grade:investigating_crime:good")]
    [InlineData("grade::good_or_better")]
    [InlineData("response attendance")]
    public void Malformed_objectives_are_rejected_with_a_message(string text)
    {
        var e = Assert.Throws<FormatException>(() => BudgetObjective.Parse(text));
        Assert.Contains(text.Trim(), e.Message, StringComparison.Ordinal);
    }
}
