namespace ForceSim.Model.Tests.Loading;

public class CrossCheckTests
{
    private const string SecondRoom = """
          - id: south-cr
            call_handlers: {unlimited: true}
            channels:
              emergency:
                handle_minutes: {dist: constant, value: 5}

        """;

    [Fact]
    public void Unknown_control_room_is_reported_with_a_suggestion()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "control_room: north-cr", "control_room: nort-cr");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "nort-cr", "forces[0].control_room", "no control room has id 'nort-cr'; did you mean 'north-cr'?");
    }

    [Fact]
    public void Unknown_control_room_without_a_close_match_lists_the_ids()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "control_room: north-cr", "control_room: elsewhere");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("no control room has id 'elsewhere'; control room ids are: north-cr", problem.Message);
    }

    [Fact]
    public void Duplicate_control_room_id_is_reported_at_the_second_one()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "forces:\n", SecondRoom.Replace("south-cr", "north-cr", StringComparison.Ordinal) + "forces:\n");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("control_rooms[1].id", problem.KeyPath);
        Assert.Equal("duplicate control room id 'north-cr' (control_rooms[0] has it already); ids must be unique", problem.Message);
        Assert.Equal(TestScenarios.LineOf(yaml, "call_handlers: {unlimited: true}") - 1, problem.Line);
    }

    [Fact]
    public void Duplicate_incident_type_id_within_a_force_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "- id: noise", "- id: assault");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].incident_types[1].id", problem.KeyPath);
        Assert.Equal("duplicate incident type id 'assault' (forces[0].incident_types[0] has it already); ids must be unique", problem.Message);
    }

    [Fact]
    public void Demand_on_a_channel_the_control_room_does_not_answer_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "{emergency: 100000, non_emergency: 200000}", "{emergency: 100000, non_emergency: 200000, online: 5000}");
        yaml = TestScenarios.Edit(yaml, "share: {emergency: 1, non_emergency: 4}", "share: {emergency: 1, non_emergency: 4, online: 1}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "5000", "forces[0].demand.annual_volume.online",
            "is 5000 but control room 'north-cr' has no 'online' channel; add control_rooms[0].channels.online or set this volume to 0");
    }

    [Fact]
    public void Demand_on_a_channel_without_any_incident_share_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "share: {emergency: 3, non_emergency: 1}", "share: {emergency: 3}");
        yaml = TestScenarios.Edit(yaml, "share: {emergency: 1, non_emergency: 4}", "share: {emergency: 1, non_emergency: 0}");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].incident_types", problem.KeyPath);
        Assert.Equal(TestScenarios.LineOf(yaml, "- id: assault"), problem.Line);
        Assert.Equal(
            "no incident type has a share on 'non_emergency', but demand.annual_volume.non_emergency is 200000; give at least one incident type a share.non_emergency above 0",
            problem.Message);
    }

    [Fact]
    public void Crime_class_missing_from_the_recording_table_gets_a_suggestion()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "class: violence", "class: violense");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "violense", "forces[0].incident_types[0].crime.class",
            "crime class 'violense' is not in this force's recording.probability; did you mean 'violence'?");
    }

    [Fact]
    public void Crime_class_far_from_any_recorded_class_lists_the_classes()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "class: violence", "class: fraud");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("crime class 'fraud' is not in this force's recording.probability; classes in recording.probability are: violence", problem.Message);
    }

    [Fact]
    public void Crime_probability_above_zero_needs_a_class()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "crime: {probability: 0.9, class: violence}", "crime: {probability: 0.9}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "{probability: 0.9}", "forces[0].incident_types[0].crime",
            "missing required key 'class' (a crime probability above 0 needs a crime class)");
    }

    [Fact]
    public void Crime_class_is_not_checked_when_the_crime_probability_is_zero()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "crime: {probability: 0.9, class: violence}", "crime: {probability: 0, class: unrecorded}");

        Assert.True(TestScenarios.Load(yaml).IsValid);
    }

    [Fact]
    public void Window_that_does_not_divide_a_day_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "window_minutes: 30", "window_minutes: 7");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "window_minutes: |7", "run.window_minutes",
            "must be a whole number of minutes that divides 1440 evenly, such as 5, 10, 15, 30 or 60 (got 7)");
    }

    [Fact]
    public void Fractional_window_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "window_minutes: 30", "window_minutes: 7.5");

        Assert.Equal("run.window_minutes", TestScenarios.SingleProblem(yaml).KeyPath);
    }

    [Fact]
    public void Warmup_longer_than_a_year_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "warmup_days: 2", "warmup_days: 4000");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal(("run.warmup_days", "must be a number from 0 to 365 (got 4000)"), (problem.KeyPath, problem.Message));
    }

    [Fact]
    public void Call_handlers_need_shifts_unless_unlimited()
    {
        var yaml = TestScenarios.Edit(
            TestScenarios.Minimal,
            "      shifts:\n        - {name: day, start_hour: 7, hours: 12, staff: 10}\n        - {name: night, start_hour: 19, hours: 12, staff: 6}\n",
            "      abstraction_rate: 0.1\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "abstraction_rate", "control_rooms[0].call_handlers.shifts",
            "must list at least one shift unless 'unlimited: true' is set");
    }

    [Fact]
    public void Response_needs_at_least_one_shift()
    {
        var yaml = TestScenarios.Edit(
            TestScenarios.Minimal,
            "      shifts:\n        - {start_hour: 7, hours: 10, units: 20}\n        - {start_hour: 17, hours: 10, units: 18}\n",
            "      shifts: []\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "[]", "forces[0].response.shifts", "must list at least one shift");
    }

    [Fact]
    public void Shift_needs_its_head_count_under_the_right_key()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "{start_hour: 7, hours: 10, units: 20}", "{start_hour: 7, hours: 10, staff: 20}");

        var problems = TestScenarios.Load(yaml).Problems;

        Assert.Equal(2, problems.Count);
        Assert.Equal(("forces[0].response.shifts[0]", "missing required key 'units'"), (problems[0].KeyPath, problems[0].Message));
        Assert.Equal("forces[0].response.shifts[0].staff", problems[1].KeyPath);
        Assert.StartsWith("unknown key 'staff'; allowed keys: name, start_hour, hours, units", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Abstraction_rates_must_add_up_to_less_than_one()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "    response:\n", "    response:\n      abstraction: {training: 0.3, court: 0.2, sickness: 0.2, leave: 0.3}\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "{training", "forces[0].response.abstraction",
            "rates must add up to less than 1, or no unit would ever be available (got 1)");
    }

    [Theory]
    [InlineData("hour_of_day", "[1, 2, 3]", "must have exactly 24 values, one per hour starting at 00:00 (got 3)")]
    [InlineData("day_of_week", "[1, 1, 1, 1, 1, 1]", "must have exactly 7 values, Monday to Sunday (got 6)")]
    [InlineData("month", "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]", "must have exactly 12 values, January to December (got 13)")]
    [InlineData("day_of_week", "[0, 0, 0, 0, 0, 0, 0]", "must have a positive sum (all values are 0)")]
    public void Demand_profiles_need_the_right_length_and_a_positive_sum(string key, string values, string message)
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "    demand:\n", $"    demand:\n      {key}: {values}\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, values, $"forces[0].demand.{key}", message);
    }

    [Fact]
    public void Negative_demand_factor_is_reported_at_its_item()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "    demand:\n", "    demand:\n      day_of_week: [1, 1, -1, 1, 1, 1, 1]\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "-1", "forces[0].demand.day_of_week[2]", "must be a number from 0 to 1000000000 (got -1)");
    }
}
