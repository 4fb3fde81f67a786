namespace ForceSim.Model.Tests.Loading;

public class ValueProblemTests
{
    [Fact]
    public void Probability_above_one_states_the_allowed_range()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "vulnerability: 0.3", "vulnerability: 1.4");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "1.4", "forces[0].incident_types[0].vulnerability", "must be a number from 0 to 1 (got 1.4)");
    }

    [Fact]
    public void Text_where_a_number_is_required_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "horizon_days: 30", "horizon_days: thirty");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "thirty", "run.horizon_days", "must be a number from 1 to 3660 (got 'thirty')");
    }

    [Fact]
    public void Quoted_number_is_text_and_the_message_says_to_drop_the_quotes()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "horizon_days: 30", "horizon_days: \"30\"");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "\"30\"", "run.horizon_days", "must be a number from 1 to 3660 (got '30'); write numbers without quotes");
    }

    [Fact]
    public void Fraction_where_a_whole_number_is_required_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "replications: 5", "replications: 2.5");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "2.5", "run.replications", "must be a whole number from 1 to 10000 (got 2.5)");
    }

    [Fact]
    public void Mapping_where_a_number_is_required_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "horizon_days: 30", "horizon_days: {days: 30}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "{days", "run.horizon_days", "must be a number from 1 to 3660 (got a mapping)");
    }

    [Fact]
    public void Empty_value_is_reported_as_nothing()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "  seed: 42", "  seed:");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("run.seed", problem.KeyPath);
        Assert.Equal("must be a whole number of at least 0 (got nothing)", problem.Message);
        Assert.Equal(TestScenarios.LineOf(yaml, "seed:"), problem.Line);
    }

    [Fact]
    public void Unknown_grade_lists_the_grades()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "grade: emergency", "grade: urgent");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "urgent", "forces[0].incident_types[0].grade",
            "must be one of: emergency, priority, scheduled, resolution (got 'urgent')");
    }

    [Fact]
    public void Misspelt_grade_also_gets_a_suggestion()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "grade: scheduled", "grade: sheduled");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("must be one of: emergency, priority, scheduled, resolution (got 'sheduled'); did you mean 'scheduled'?", problem.Message);
    }

    [Fact]
    public void Boolean_must_be_true_or_false()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "    call_handlers:\n", "    call_handlers:\n      unlimited: yes\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "yes", "control_rooms[0].call_handlers.unlimited", "must be true or false (got 'yes')");
    }

    [Fact]
    public void Start_date_must_be_written_year_month_day()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "start_date: 2022-01-03", "start_date: 03/01/2022");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "03/01/2022", "run.start_date",
            "must be a date written yyyy-mm-dd, such as 2021-04-01 (got '03/01/2022')");
    }

    [Fact]
    public void Identifier_must_be_lower_case()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "- id: noise", "- id: Noise");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "Noise", "forces[0].incident_types[1].id",
            "must be a lower-case identifier: a letter a-z, then letters a-z, digits, '_' or '-' (got 'Noise')");
    }

    [Fact]
    public void Start_hour_of_24_is_out_of_range()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "{start_hour: 17, hours: 10, units: 18}", "{start_hour: 24, hours: 10, units: 18}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "24, hours", "forces[0].response.shifts[1].start_hour",
            "must be a number of at least 0 and below 24 (got 24)");
    }

    [Fact]
    public void List_where_a_mapping_is_required_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "    recording:\n      probability: {violence: 0.9}\n", "    recording:\n      probability: {violence: 0.9}\n    travel: [fast]\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "[fast]", "forces[0].travel", "must be a mapping of keys to values (got a list)");
    }

    [Fact]
    public void Spill_over_is_only_allowed_on_the_non_emergency_channel()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "patience_seconds: {dist: exponential, mean: 120}",
            "patience_seconds: {dist: exponential, mean: 120}\n        spill_to_emergency: {probability: 0.5}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "{probability: 0.5}", "control_rooms[0].channels.emergency.spill_to_emergency",
            "is only allowed on the non_emergency channel (callers who give up on 101 and ring 999)");
    }
}
