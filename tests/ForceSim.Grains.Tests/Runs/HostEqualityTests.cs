using ForceSim.Engine.Tests;
using ForceSim.Grains.Tests.Support;

namespace ForceSim.Grains.Tests.Runs;

/// <summary>The architecture's promise: the grain host and the in-process host give byte-identical results.json.</summary>
public sealed class HostEqualityTests(EmbeddedSiloFixture silo) : IClassFixture<EmbeddedSiloFixture>
{
    [Fact]
    public void A_Cambridgeshire_year_gives_byte_identical_results_on_the_grain_host()
    {
        var scenario = TestScenarios.Load("cambridgeshire-2022.yaml");
        scenario = scenario with { Run = scenario.Run with { Replications = 2 } };

        var inProcess = HostComparison.InProcessResults(scenario);
        var grains = HostComparison.GrainHostResults(silo.Grains, scenario);

        Assert.Equal(inProcess, grains);
    }

    [Fact]
    public void The_eastern_region_gives_byte_identical_results_on_the_grain_host()
    {
        var scenario = TestScenarios.Load("eastern-region.yaml");
        scenario = scenario with { Run = scenario.Run with { Replications = 2 } };

        var inProcess = HostComparison.InProcessResults(scenario);
        var grains = HostComparison.GrainHostResults(silo.Grains, scenario);

        Assert.Equal(inProcess, grains);
        Assert.Contains("\"norfolk\"", grains, StringComparison.Ordinal);
    }

    [Fact]
    public void Victims_that_rest_in_storage_after_every_step_change_no_result()
    {
        // Resting at once sends every victim through save, deactivation and restore many times.
        var scenario = TestScenarios.ShortCambridgeshire(days: 45, replications: 1);

        var inProcess = HostComparison.InProcessResults(scenario);
        var grains = HostComparison.GrainHostResults(silo.Grains, scenario, victimRestMinutes: 0);

        Assert.Equal(inProcess, grains);
    }
}
