using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Tests.Output;

/// <summary>Geography is optional: a force written as one place must give exactly the results it gave without it.</summary>
public sealed class GeographyResultsJsonTests
{
    [Fact]
    public async Task A_force_written_as_one_area_with_no_matrix_gives_byte_identical_results_json()
    {
        var plain = TestScenarios.ShortCambridgeshire(days: 30, replications: 2);
        var force = plain.Forces[0].Id;

        var without = ResultsJson.Render(await ExperimentRunner.RunAsync(plain));
        var with = ResultsJson.Render(await ExperimentRunner.RunAsync(plain.AsOnePlace(force)));

        Assert.Equal(without, with);
    }

    [Fact]
    public async Task A_force_with_two_areas_lists_its_place_measures_in_results_json()
    {
        var json = ResultsJson.Render(await ExperimentRunner.RunAsync(GeographyScenarios.Districts().WithReplications(1)));

        Assert.Contains("\"response.area.village.attendance_within_target\"", json, StringComparison.Ordinal);
        Assert.Contains("\"response.station.town_station.utilisation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"response.cross_area_dispatch\"", json, StringComparison.Ordinal);
    }
}
