namespace ForceSim.Model.Tests.Loading;

/// <summary>
/// Mistakes in the keys that make recording a decision (further and disclosed crimes, paperwork pressure) and that
/// describe response work beyond public calls (other work, appointments), each reported with file, line and key path.
/// </summary>
public class CrimeAndResponseKeysTests
{
    private const string Crime = "crime: {probability: 0.9, class: violence}";
    private const string LastShift = "        - {start_hour: 17, hours: 10, units: 18}\n";

    [Fact]
    public void More_than_four_further_crimes_are_reported()
    {
        var further = string.Join(", ", Enumerable.Repeat("{probability: 0.1, class: violence}", 5));
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, Crime, $"crime: {{probability: 0.9, class: violence, additional: [{further}]}}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "additional: |[{", "forces[0].incident_types[0].crime.additional", "lists 5 further crimes; at most 4 are allowed");
    }

    [Fact]
    public void A_further_crime_of_a_class_the_force_does_not_record_gets_a_suggestion()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, Crime, "crime: {probability: 0.9, class: violence, additional: [{probability: 0.4, class: violense}]}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "class: |violense", "forces[0].incident_types[0].crime.additional[0].class",
            "crime class 'violense' is not in this force's recording.probability; did you mean 'violence'?");
    }

    [Fact]
    public void A_disclosed_crime_of_a_class_the_force_does_not_record_lists_the_classes()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, Crime, Crime + "\n        disclosed_crime: {probability: 0.2, class: stalking}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "class: |stalking", "forces[0].incident_types[0].disclosed_crime.class",
            "crime class 'stalking' is not in this force's recording.probability; classes in recording.probability are: violence");
    }

    [Fact]
    public void A_paperwork_pressure_factor_above_one_states_the_range()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "      probability: {violence: 0.9}",
            "      probability: {violence: 0.9}\n      paperwork_pressure: [{backlog_minutes: 60, factor: 1.0}, {backlog_minutes: 240, factor: 1.3}]");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "factor: |1.3", "forces[0].recording.paperwork_pressure[1].factor", "must be a number from 0 to 1 (got 1.3)");
    }

    [Fact]
    public void Other_work_graded_for_resolution_without_a_unit_is_refused()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, LastShift,
            LastShift + "      other_work:\n        - {name: custody, per_day: 5, minutes: {dist: constant, value: 60}, grade: resolution}\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "grade: |resolution", "forces[0].response.other_work[0].grade",
            "must be emergency, priority or scheduled: other work always takes a unit");
    }

    [Fact]
    public void An_appointment_diary_that_closes_before_it_opens_is_refused()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, LastShift,
            LastShift + "      scheduled:\n        appointments: {per_hour: 4, from_hour: 20, to_hour: 8}\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "to_hour: |8}", "forces[0].response.scheduled.appointments.to_hour",
            "must be after from_hour (20): the diary is open from from_hour to to_hour each day");
    }
}
