using System.Text.Json;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Tests.Hosting;

/// <summary>
/// A scenario crosses to other silos as JSON (the model has no Orleans attributes), so every setting must survive the
/// trip: one that is dropped makes a silo simulate a different world and breaks byte-identical results.
/// </summary>
public sealed class ScenarioOnTheWireTests
{
    [Theory]
    [InlineData("cambridgeshire-2022.yaml")]
    [InlineData("eastern-region.yaml")]
    [InlineData("whatif/structured-assessment-every-call.yaml")]
    [InlineData("england-wales.yaml")]
    public void A_shipped_scenario_comes_back_from_json_with_every_setting(string file)
    {
        var scenario = TestScenarios.Load(file);

        var json = JsonSerializer.Serialize(scenario, EngineSerialization.Options);
        var back = JsonSerializer.Deserialize<Scenario>(json, EngineSerialization.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, EngineSerialization.Options));
        Assert.Equal(scenario.ControlRooms[0].Triage, back.ControlRooms[0].Triage);
        Assert.Equal(scenario.Forces[0].Recording.PaperworkPressure, back.Forces[0].Recording.PaperworkPressure);
        Assert.Equal(scenario.Forces[0].Response.OtherWork.Count, back.Forces[0].Response.OtherWork.Count);
        Assert.Equal(scenario.Forces[0].Response.Scheduled.Appointments, back.Forces[0].Response.Scheduled.Appointments);
        Assert.Equal(scenario.Forces[0].IncidentTypes.Sum(t => t.AdditionalCrimes.Count), back.Forces[0].IncidentTypes.Sum(t => t.AdditionalCrimes.Count));
        Assert.Equal(scenario.Forces.Select(f => f.Region), back.Forces.Select(f => f.Region));
    }

    [Fact]
    public void A_scenario_that_crossed_as_json_simulates_the_same_replication_byte_for_byte()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 14, replications: 1);
        var back = JsonSerializer.Deserialize<Scenario>(JsonSerializer.Serialize(scenario, EngineSerialization.Options), EngineSerialization.Options)!;

        var here = ReplicationRunner.Run(new CompiledScenario(scenario), 0);
        var there = ReplicationRunner.Run(new CompiledScenario(back), 0);

        Assert.Equal(here.Measures, there.Measures);
    }
}
