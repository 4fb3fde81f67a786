using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Loading;

public class ValidScenarioTests
{
    [Fact]
    public void Minimal_scenario_loads_with_the_values_it_gives()
    {
        var result = TestScenarios.Load(TestScenarios.Minimal);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        var scenario = result.Scenario!;
        Assert.Equal("Minimal test scenario", scenario.Name);
        Assert.Equal(TestScenarios.FileName, scenario.SourcePath);
        Assert.Equal(new RunSettings
        {
            Seed = 42,
            Replications = 5,
            HorizonDays = 30,
            WarmupDays = 2,
            WindowMinutes = 30,
            StartDate = new DateOnly(2022, 1, 3),
        }, scenario.Run);

        var room = Assert.Single(scenario.ControlRooms);
        Assert.Equal("north-cr", room.Id);
        Assert.Equal("North control room", room.Name);
        Assert.False(room.CallHandlers.Unlimited);
        Assert.Equal(
            [new StaffShift { Name = "day", StartHour = 7, Hours = 12, Count = 10 }, new StaffShift { Name = "night", StartHour = 19, Hours = 12, Count = 6 }],
            room.CallHandlers.Shifts);
        Assert.Equal([Channel.Emergency, Channel.NonEmergency], room.Channels.Keys.Order());
        Assert.Equal(Distribution.LogNormal(6, 3), room.Channels[Channel.Emergency].HandleMinutes);
        Assert.Equal(Distribution.Exponential(120), room.Channels[Channel.Emergency].PatienceSeconds);
        var nonEmergency = room.Channels[Channel.NonEmergency];
        Assert.Equal(60, nonEmergency.AnswerTargetSeconds);
        Assert.Equal(new SpillOver { Probability = 0.1, DelayMinutes = Distribution.Uniform(1, 4) }, nonEmergency.SpillToEmergency);

        var force = Assert.Single(scenario.Forces);
        Assert.Equal("northshire", force.Id);
        Assert.Equal("north-cr", force.ControlRoom);
        Assert.Equal(100_000, force.Demand.AnnualVolume[Channel.Emergency]);
        Assert.Equal(200_000, force.Demand.AnnualVolume[Channel.NonEmergency]);
        Assert.Equal(2, force.IncidentTypes.Count);
        var assault = force.IncidentTypes[0];
        Assert.Equal("assault", assault.Id);
        Assert.Equal(3, assault.Share[Channel.Emergency]);
        Assert.Equal(Grade.Emergency, assault.Grade);
        Assert.Equal(0.9, assault.CrimeProbability);
        Assert.Equal("violence", assault.CrimeClass);
        Assert.Equal(0.3, assault.Vulnerability);
        Assert.Equal(Distribution.LogNormal(90, 60), assault.OnSceneMinutes);
        Assert.Equal(2, assault.Units);
        Assert.Equal(Grade.Scheduled, force.IncidentTypes[1].Grade);
        Assert.Equal([new StaffShift { StartHour = 7, Hours = 10, Count = 20 }, new StaffShift { StartHour = 17, Hours = 10, Count = 18 }], force.Response.Shifts);
        Assert.Equal(0.9, force.Recording.Probability["violence"]);
    }

    [Fact]
    public void Absent_optional_keys_take_the_record_defaults()
    {
        var scenario = TestScenarios.Load(TestScenarios.Minimal).Scenario!;
        var room = scenario.ControlRooms[0];
        var force = scenario.Forces[0];

        Assert.Equal(new TriagePolicy(), room.Triage);
        Assert.Equal(0, room.CallHandlers.AbstractionRate);
        Assert.Equal(0, room.CallHandlers.ReservedForEmergency);
        Assert.Null(room.Channels[Channel.Emergency].GradingMinutes);
        Assert.Equal(10, room.Channels[Channel.Emergency].AnswerTargetSeconds);
        Assert.Null(room.Channels[Channel.Emergency].SpillToEmergency);
        Assert.Equal("northshire", force.Name);
        Assert.Equal(0, force.Demand.AnnualVolume[Channel.Online]);
        Assert.Empty(force.Demand.HourOfDay);
        Assert.Empty(force.Demand.DayOfWeek);
        Assert.Empty(force.Demand.Month);
        Assert.Equal(0, force.IncidentTypes[1].Share[Channel.Online]);
        Assert.Equal(0, force.IncidentTypes[1].CrimeProbability);
        Assert.Equal("", force.IncidentTypes[1].CrimeClass);
        Assert.Equal(1, force.IncidentTypes[1].Units);
        Assert.Equal(new GradeTargets(), force.Grades);
        Assert.Equal(2, force.Response.CrewSize);
        Assert.Equal(new AbstractionRates(), force.Response.Abstraction);
        Assert.Equal(120, force.Response.MaxPaperworkMinutesPerShift);
        Assert.Equal(new TravelSettings(), force.Travel);
        Assert.Equal(["violence"], force.Recording.ViolenceClasses);
        Assert.Null(force.Investigation);
        Assert.Equal(new VictimSettings(), force.Victims);
        Assert.Equal(1650, scenario.Costs.ProductiveHoursPerFte);
        Assert.Empty(scenario.Costs.Roles);
    }

    [Fact]
    public void Absent_run_section_gives_default_run_settings()
    {
        var yaml = TestScenarios.Edit(
            TestScenarios.Minimal,
            "run:\n  seed: 42\n  replications: 5\n  horizon_days: 30\n  warmup_days: 2\n  window_minutes: 30\n  start_date: 2022-01-03\n",
            "");

        Assert.Equal(new RunSettings(), TestScenarios.Load(yaml).Scenario!.Run);
    }

    [Fact]
    public void Victim_share_defaults_to_the_crime_probability()
    {
        var force = TestScenarios.Load(TestScenarios.Minimal).Scenario!.Forces[0];

        Assert.Equal(0.9, force.IncidentTypes[0].VictimShare);
        Assert.Equal(0, force.IncidentTypes[1].VictimShare);
    }

    [Fact]
    public void Victim_share_given_explicitly_overrides_the_crime_probability()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "    vulnerability: 0.3\n", "    vulnerability: 0.3\n        victim: 0.5\n");

        Assert.Equal(0.5, TestScenarios.Load(yaml).Scenario!.Forces[0].IncidentTypes[0].VictimShare);
    }

    [Fact]
    public void Patience_none_means_callers_never_abandon()
    {
        var room = TestScenarios.Load(TestScenarios.Minimal).Scenario!.ControlRooms[0];

        Assert.Null(room.Channels[Channel.NonEmergency].PatienceSeconds);
    }

    [Fact]
    public void Absent_patience_also_means_callers_never_abandon()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "        patience_seconds: none\n", "");

        Assert.Null(TestScenarios.Load(yaml).Scenario!.ControlRooms[0].Channels[Channel.NonEmergency].PatienceSeconds);
    }

    [Fact]
    public void Unlimited_call_handlers_need_no_shifts()
    {
        var yaml = TestScenarios.Edit(
            TestScenarios.Minimal,
            "      shifts:\n        - {name: day, start_hour: 7, hours: 12, staff: 10}\n        - {name: night, start_hour: 19, hours: 12, staff: 6}\n",
            "      unlimited: true\n");

        var handlers = TestScenarios.Load(yaml).Scenario!.ControlRooms[0].CallHandlers;

        Assert.True(handlers.Unlimited);
        Assert.Empty(handlers.Shifts);
    }

    [Fact]
    public void Numbers_may_use_underscores_between_digits_and_exponents()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "{emergency: 100000, non_emergency: 200000}", "{emergency: 1_000_000, non_emergency: 2e5}");

        var volume = TestScenarios.Load(yaml).Scenario!.Forces[0].Demand.AnnualVolume;

        Assert.Equal(1_000_000, volume[Channel.Emergency]);
        Assert.Equal(200_000, volume[Channel.NonEmergency]);
    }

    [Fact]
    public void Loading_the_same_text_twice_gives_equal_scenario_parts()
    {
        var first = TestScenarios.Load(TestScenarios.Minimal).Scenario!;
        var second = TestScenarios.Load(TestScenarios.Minimal).Scenario!;

        Assert.Equal(first.Run, second.Run);
        Assert.Equal(first.Forces[0].IncidentTypes[1].OnSceneMinutes, second.Forces[0].IncidentTypes[1].OnSceneMinutes);
    }
}
