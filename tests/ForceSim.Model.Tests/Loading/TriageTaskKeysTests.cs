namespace ForceSim.Model.Tests.Loading;

/// <summary>
/// The triage policy as work under pressure: what a mistake in <c>structured_assessment</c>, <c>repeat_victim_check</c>
/// or <c>records_match</c> is reported as, and how an old scenario with the removed rates is told what replaced them.
/// </summary>
public class TriageTaskKeysTests
{
    [Theory]
    [InlineData("structured_assessment_rate", "structured_assessment")]
    [InlineData("repeat_victim_check_rate", "repeat_victim_check")]
    public void A_removed_rate_names_the_settings_that_replaced_it(string removed, string replacement)
    {
        var yaml = WithTriage($"{removed}: 0.6");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, $"{removed}: |0.6", $"control_rooms[0].triage.{removed}",
            $"'{removed}' is no longer a setting: how often it is done is now an outcome of policy, staffing and demand. "
            + $"Use {replacement}.compliance (the share of discretionary calls, optionally by callers waiting) and mandatory_for; see docs/scenario-format.md");
    }

    [Fact]
    public void Compliance_points_out_of_order_are_reported_at_the_point_that_goes_back()
    {
        var yaml = WithTriage("structured_assessment:\n    compliance: [{calls_waiting: 10, share: 0.8}, {calls_waiting: 5, share: 0.4}]");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "calls_waiting: |5", "control_rooms[0].triage.structured_assessment.compliance[1].calls_waiting",
            "must be greater than the previous point's calls_waiting (10): list points in increasing calls_waiting");
    }

    [Fact]
    public void An_empty_compliance_list_asks_for_a_point_or_a_number()
    {
        var yaml = WithTriage("structured_assessment:\n    compliance: []");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "compliance: |[]", "control_rooms[0].triage.structured_assessment.compliance",
            "must list at least one point such as {calls_waiting: 0, share: 1}, or be a single number");
    }

    [Fact]
    public void A_compliance_share_above_one_states_the_range()
    {
        var yaml = WithTriage("repeat_victim_check:\n    compliance: [{calls_waiting: 0, share: 1.5}]");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "share: |1.5", "control_rooms[0].triage.repeat_victim_check.compliance[0].share", "must be a number from 0 to 1 (got 1.5)");
    }

    [Fact]
    public void A_mandatory_incident_type_no_force_of_the_room_has_gets_a_suggestion()
    {
        var yaml = WithTriage("structured_assessment:\n    mandatory_for: {incident_types: [asault]}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "[|asault]", "control_rooms[0].triage.structured_assessment.mandatory_for.incident_types[0]",
            "no force served by control room 'north-cr' has incident type 'asault'; did you mean 'assault'?");
    }

    [Fact]
    public void A_mandatory_channel_must_be_a_channel()
    {
        var yaml = WithTriage("repeat_victim_check:\n    mandatory_for: {channels: [emergncy]}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "[|emergncy]", "control_rooms[0].triage.repeat_victim_check.mandatory_for.channels[0]",
            "must be one of: emergency, non_emergency, online (got 'emergncy'); did you mean 'emergency'?");
    }

    [Fact]
    public void A_records_match_chance_above_one_states_the_range()
    {
        var yaml = WithTriage("records_match:\n    crime_record: {structured: 1.2}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "structured: |1.2", "control_rooms[0].triage.records_match.crime_record.structured", "must be a number from 0 to 1 (got 1.2)");
    }

    [Fact]
    public void A_mandatory_incident_type_of_a_force_the_room_serves_loads()
    {
        var result = TestScenarios.Load(WithTriage("structured_assessment:\n    mandatory_for: {channels: [emergency], incident_types: [noise]}\n    compliance: 0.5"));

        Assert.Empty(result.Problems);
        var task = result.Scenario!.ControlRooms[0].Triage.StructuredAssessment;
        Assert.Equal(["noise"], task.MandatoryIncidentTypes);
        Assert.Equal([Model.Scenarios.Channel.Emergency], task.MandatoryChannels);
        Assert.Equal(0.5, task.Compliance.ShareAt(100));
    }

    /// <summary>The minimal scenario with a <c>triage</c> section for its control room; <paramref name="body"/> is indented under it.</summary>
    private static string WithTriage(string body) =>
        TestScenarios.Edit(TestScenarios.Minimal, "forces:\n", "    triage:\n      " + body.Replace("\n", "\n      ", StringComparison.Ordinal) + "\nforces:\n");
}
