using System.Text.Json;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Tests.Hosting;

/// <summary>A force's geography and travel matrix cross to other silos as JSON with every setting intact.</summary>
public sealed class GeographyOnTheWireTests
{
    [Fact]
    public void Areas_stations_shift_stations_and_the_matrix_come_back_from_json()
    {
        var scenario = GeographyScenarios.Districts();

        var json = JsonSerializer.Serialize(scenario, EngineSerialization.Options);
        var back = JsonSerializer.Deserialize<Scenario>(json, EngineSerialization.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, EngineSerialization.Options));
        var force = back.Forces[0];
        Assert.Equal(["town", "village"], force.Geography!.Areas.Select(a => a.Id));
        Assert.Equal(AreaSetting.Rural, force.Geography.Areas[1].Setting);
        Assert.Equal(2, force.Response.Shifts[0].Stations["village_station"]);
        Assert.Equal(25, force.Travel.Matrix!.Minutes[1][0]);
        Assert.Equal(1.2, force.Travel.Matrix.Bands[0].Factor);
    }

    [Fact]
    public void A_force_with_geography_that_crossed_as_json_simulates_the_same_replication()
    {
        var scenario = GeographyScenarios.Districts().WithHorizonDays(14);
        var back = JsonSerializer.Deserialize<Scenario>(JsonSerializer.Serialize(scenario, EngineSerialization.Options), EngineSerialization.Options)!;

        var here = ReplicationRunner.Run(new CompiledScenario(scenario), 0);
        var there = ReplicationRunner.Run(new CompiledScenario(back), 0);

        Assert.Equal(here.Forces["shire"], there.Forces["shire"]);
    }
}
