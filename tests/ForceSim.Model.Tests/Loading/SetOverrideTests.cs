using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Loading;

public sealed class SetOverrideTests
{
    [Fact]
    public void Set_addresses_list_items_by_id()
    {
        var scenario = Valid(
            "control_rooms.north-cr.call_handlers.abstraction_rate=0.2",
            "forces.northshire.incident_types.noise.units=3");

        Assert.Equal(0.2, scenario.ControlRooms[0].CallHandlers.AbstractionRate);
        Assert.Equal(3, scenario.Forces[0].IncidentTypes[1].Units);
        Assert.Equal(2, scenario.Forces[0].IncidentTypes[0].Units);
    }

    [Fact]
    public void Set_addresses_list_items_by_index()
    {
        var scenario = Valid("control_rooms[0].call_handlers.shifts[1].staff=9", "forces[0].incident_types[0].units=4");

        Assert.Equal([10, 9], scenario.ControlRooms[0].CallHandlers.Shifts.Select(s => s.Count));
        Assert.Equal(4, scenario.Forces[0].IncidentTypes[0].Units);
    }

    [Fact]
    public void Set_takes_yaml_scalars_booleans_and_enum_names()
    {
        var scenario = Valid(
            "run.seed=5",
            "control_rooms[0].call_handlers.unlimited=true",
            "control_rooms[0].channels.emergency.patience_seconds=none",
            "forces[0].travel.model=square_root",
            "name=What if");

        Assert.Equal(5, scenario.Run.Seed);
        Assert.True(scenario.ControlRooms[0].CallHandlers.Unlimited);
        Assert.Null(scenario.ControlRooms[0].Channels[Channel.Emergency].PatienceSeconds);
        Assert.Equal(TravelModel.SquareRoot, scenario.Forces[0].Travel.Model);
        Assert.Equal("What if", scenario.Name);
    }

    [Fact]
    public void Set_takes_flow_lists_and_mappings()
    {
        var scenario = Valid(
            "forces[0].demand.day_of_week=[1, 1, 1, 1, 1, 2, 2]",
            "forces[0].response.shifts=[{start_hour: 0, hours: 24, units: 12}]");

        Assert.Equal([1, 1, 1, 1, 1, 2, 2], scenario.Forces[0].Demand.DayOfWeek);
        Assert.Equal(12, Assert.Single(scenario.Forces[0].Response.Shifts).Count);
    }

    [Fact]
    public void Relative_changes_add_subtract_and_multiply_the_number_already_there()
    {
        var scenario = Valid(
            "run.replications=+20",
            "control_rooms[0].call_handlers.shifts[0].staff=-4",
            "forces[0].demand.annual_volume.emergency=*1.1",
            "run.warmup_days=*1.25",
            "control_rooms[0].channels.non_emergency.spill_to_emergency.probability=+0.05");

        Assert.Equal(25, scenario.Run.Replications);
        Assert.Equal(6, scenario.ControlRooms[0].CallHandlers.Shifts[0].Count);
        Assert.Equal(110000, scenario.Forces[0].Demand.AnnualVolume[Channel.Emergency]);
        Assert.Equal(2.5, scenario.Run.WarmupDays);
        Assert.Equal(0.15, scenario.ControlRooms[0].Channels[Channel.NonEmergency].SpillToEmergency!.Probability, 12);
    }

    [Theory]
    [InlineData("*1.25", 13)]
    [InlineData("*1.2", 12)]
    [InlineData("*0.5", 5)]
    [InlineData("*1.05", 11)]
    public void Multiplying_a_whole_number_setting_rounds_to_the_nearest_whole_number(string change, int staff)
    {
        var scenario = Valid("control_rooms[0].call_handlers.shifts[0].staff=" + change);

        Assert.Equal(staff, scenario.ControlRooms[0].CallHandlers.Shifts[0].Count);
    }

    [Fact]
    public void Adding_a_fraction_to_a_whole_number_setting_is_a_problem_at_the_option()
    {
        var problem = SingleProblem("run.replications=+0.5");

        AssertSetProblem(problem, 1, "run.replications", "must be a whole number from 1 to 10000 (got 5.5)");
    }

    [Fact]
    public void Set_creates_a_key_that_is_allowed_but_absent()
    {
        var scenario = Valid("control_rooms[0].call_handlers.reserved_for_emergency=3", "forces.northshire.investigation.supervisors=20");

        Assert.Equal(3, scenario.ControlRooms[0].CallHandlers.ReservedForEmergency);
        Assert.NotNull(scenario.Forces[0].Investigation);
        Assert.Equal(20, scenario.Forces[0].Investigation!.Supervisors);
        Assert.Equal(100, scenario.Forces[0].Investigation!.Investigators);
    }

    [Fact]
    public void A_misspelt_key_is_reported_at_the_option_with_a_suggestion()
    {
        var problem = SingleProblem("run.seed=3", "run.replicatons=3");

        AssertSetProblem(problem, 2, "run.replicatons", "unknown key 'replicatons'; did you mean 'replications'?");
        Assert.Equal("--set:2:0: run.replicatons: unknown key 'replicatons'; did you mean 'replications'?", problem.ToString());
    }

    [Fact]
    public void A_misspelt_section_is_reported_at_the_option_with_a_suggestion()
    {
        var problem = SingleProblem("forces[0].investigaton.supervisors=20");

        AssertSetProblem(problem, 1, "forces[0].investigaton", "unknown key 'investigaton'; did you mean 'investigation'?");
    }

    [Fact]
    public void An_unknown_id_is_reported_with_a_suggestion()
    {
        var problem = SingleProblem("forces.northshir.investigation.supervisors=20");

        AssertSetProblem(problem, 1, "forces.northshir.investigation.supervisors", "'forces' has no item with id 'northshir'; did you mean 'northshire'?");
    }

    [Fact]
    public void An_unknown_id_without_a_close_match_lists_the_ids()
    {
        var problem = SingleProblem("forces[0].incident_types.burglary.units=2");

        AssertSetProblem(problem, 1, "forces[0].incident_types.burglary.units", "'forces[0].incident_types' has no item with id 'burglary'; the ids are: assault, noise");
    }

    [Theory]
    [InlineData("forces[3].id=x", "'forces' has 1 item(s), so [3] is out of range; the last is [0]")]
    [InlineData("run[0].seed=1", "'run' is a mapping of keys, not a list, so it has no item [0]; name a key instead")]
    [InlineData("run.seed.value=1", "'run.seed' is 42, a single value, so it has no 'value'")]
    [InlineData("control_rooms[0].call_handlers.shifts.day.staff=1", "'control_rooms[0].call_handlers.shifts' has no item with id 'day'; its items have no ids, so pick one by position, such as control_rooms[0].call_handlers.shifts[0]")]
    [InlineData("forces[0].grades[0].minutes=1", "'forces[0].grades' is not set, so it has no item [0]")]
    public void A_path_that_cannot_be_followed_is_a_problem_at_the_option(string option, string message)
    {
        var problem = SingleProblem(option);

        AssertSetProblem(problem, 1, option[..option.IndexOf('=', StringComparison.Ordinal)], message);
    }

    [Theory]
    [InlineData("name=+1", "is 'Minimal test scenario', not a number, so '+1' cannot change it")]
    [InlineData("control_rooms[0].channels.non_emergency.patience_seconds=*2", "is 'none', not a number, so '*2' cannot change it")]
    [InlineData("control_rooms[0].call_handlers.reserved_for_emergency=+2", "is not set, so '+2' has nothing to change; give the value itself, such as control_rooms[0].call_handlers.reserved_for_emergency=10")]
    [InlineData("run=*2", "is a mapping, not a number, so '*2' cannot change it")]
    public void A_relative_change_of_something_that_is_not_a_number_is_a_problem(string option, string message)
    {
        var problem = SingleProblem(option);

        AssertSetProblem(problem, 1, option[..option.IndexOf('=', StringComparison.Ordinal)], message);
    }

    [Theory]
    [InlineData("run.seed", "", "'run.seed' is not PATH=VALUE, e.g. run.seed=7, forces.cambridgeshire.investigation.supervisors=+5 or control_rooms[0].call_handlers.shifts[1].staff=12")]
    [InlineData("=5", "", "'=5' has no key path before '='; write PATH=VALUE, e.g. run.seed=7, forces.cambridgeshire.investigation.supervisors=+5 or control_rooms[0].call_handlers.shifts[1].staff=12")]
    [InlineData("run..seed=5", "run..seed", "not a key path: a key is missing at position 5; separate keys with '.' and pick list items by id or by position as [0], [1], …, e.g. run.seed=7, forces.cambridgeshire.investigation.supervisors=+5 or control_rooms[0].call_handlers.shifts[1].staff=12")]
    [InlineData("forces[x].id=a", "forces[x].id", "not a key path: '[x]' is not a list position such as [0]; separate keys with '.' and pick list items by id or by position as [0], [1], …, e.g. run.seed=7, forces.cambridgeshire.investigation.supervisors=+5 or control_rooms[0].call_handlers.shifts[1].staff=12")]
    [InlineData("run.seed=", "run.seed", "has no value after '='; write PATH=VALUE, e.g. run.seed=7, forces.cambridgeshire.investigation.supervisors=+5 or control_rooms[0].call_handlers.shifts[1].staff=12")]
    [InlineData("run.seed=+x", "run.seed", "'+x' is not a relative change: '+' must be followed by a number, as in +20, -5 or *1.1")]
    [InlineData("run.seed=[1, 2", "run.seed", "the value '[1, 2' is not valid YAML: ")]
    [InlineData("extends=other.yaml", "extends", "extends cannot be set from the command line; write an overlay file that extends the scenario instead")]
    public void A_malformed_option_is_a_problem_at_its_position(string option, string keyPath, string message)
    {
        var result = TestScenarios.Load(TestScenarios.Minimal, ["run.seed=1", option]);

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Scenario);
        Assert.Equal(ScenarioLoader.OverridesFile, problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Equal(0, problem.Column);
        Assert.Equal(keyPath, problem.KeyPath);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_number_is_text_and_the_binder_says_so_at_the_option()
    {
        var problem = SingleProblem("run.seed='5'");

        AssertSetProblem(problem, 1, "run.seed", "must be a whole number of at least 0 (got '5'); write numbers without quotes");
    }

    [Fact]
    public void A_negative_number_can_be_set_outright_with_a_yaml_tag()
    {
        var scenario = Valid("forces[0].victims.confidence_change.late_not_told=!!float -0.2");

        Assert.Equal(-0.2, scenario.Forces[0].Victims.LateNotTold);
    }

    [Fact]
    public void Options_apply_in_order_so_a_later_one_sees_an_earlier_one()
    {
        var scenario = Valid("run.seed=10", "run.seed=+5", "run.seed=*2");

        Assert.Equal(30, scenario.Run.Seed);
    }

    [Fact]
    public void Problems_in_the_file_come_before_problems_with_options()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "  horizon_days: 30", "  horizon_days: 99999");

        var result = TestScenarios.Load(yaml, ["run.replicatons=3"]);

        Assert.Collection(
            result.Problems,
            p => Assert.Equal((TestScenarios.FileName, "run.horizon_days"), (p.File, p.KeyPath)),
            p => Assert.Equal((ScenarioLoader.OverridesFile, "run.replicatons"), (p.File, p.KeyPath)));
    }

    [Fact]
    public void Options_are_checked_even_when_the_file_cannot_be_parsed()
    {
        var result = TestScenarios.Load("name: [broken\n", ["run.seed"]);

        Assert.Equal(2, result.Problems.Count);
        Assert.Equal(ScenarioLoader.OverridesFile, result.Problems[1].File);
    }

    [Fact]
    public void Set_applies_after_extends_so_it_wins_over_the_overlay()
    {
        using var files = new TempFolder();
        files.Write("base.yaml", TestScenarios.Minimal);
        var overlay = files.Write("overlay.yaml", "extends: base.yaml\nrun: {seed: 7, replications: 3}\n");

        var result = ScenarioLoader.LoadFile(overlay, ["run.seed=8", "run.replications=+1"]);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(8, result.Scenario!.Run.Seed);
        Assert.Equal(4, result.Scenario.Run.Replications);
    }

    [Fact]
    public void No_options_and_an_empty_list_load_the_same_scenario()
    {
        var plain = TestScenarios.Load(TestScenarios.Minimal);
        var empty = TestScenarios.Load(TestScenarios.Minimal, []);

        Assert.True(plain.IsValid);
        Assert.Equal(plain.Scenario!.Run, empty.Scenario!.Run);
        Assert.Equal([TestScenarios.FileName], empty.SourceFiles);
    }

    private static Scenario Valid(params string[] overrides)
    {
        var result = TestScenarios.Load(TestScenarios.Minimal, overrides);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        return result.Scenario!;
    }

    private static ScenarioProblem SingleProblem(params string[] overrides)
    {
        var result = TestScenarios.Load(TestScenarios.Minimal, overrides);
        Assert.Null(result.Scenario);
        return Assert.Single(result.Problems);
    }

    private static void AssertSetProblem(ScenarioProblem problem, int line, string keyPath, string message)
    {
        Assert.Equal(ScenarioLoader.OverridesFile, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(0, problem.Column);
        Assert.Equal(keyPath, problem.KeyPath);
        Assert.Equal(message, problem.Message);
    }
}
