using ForceSim.Grains.Tests.Support;

namespace ForceSim.Grains.Tests.Runs;

/// <summary>A force with areas, stations and a travel matrix gives byte-identical results.json on both hosts.</summary>
public sealed class GeographyHostEqualityTests(EmbeddedSiloFixture silo) : IClassFixture<EmbeddedSiloFixture>
{
    [Fact]
    public async Task Two_districts_with_a_travel_matrix_give_byte_identical_results_on_the_grain_host()
    {
        var scenario = GeographyScenarios.Districts();

        var inProcess = await HostComparison.InProcessResultsAsync(scenario);
        var grains = await HostComparison.GrainHostResultsAsync(silo.Grains, scenario);

        Assert.Equal(inProcess, grains);
        Assert.Contains("\"response.area.village.median_minutes\"", grains, StringComparison.Ordinal);
    }
}
