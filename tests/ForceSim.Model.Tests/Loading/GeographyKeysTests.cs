using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Loading;

/// <summary>A force's geography (areas, stations, shifts at stations) and the travel matrix: binding and cross-checks.</summary>
public class GeographyKeysTests
{
    private const string Geography = """
                - {start_hour: 17, hours: 10, units: 18, stations: {parkside: 10, march: 8}}
              after_clearing: patrol_area
            recording:
              probability: {violence: 0.9}
            geography:
              areas:
                - {id: city, name: City, population: 145700, setting: urban, demand_share: 0.7}
                - {id: fens, population: 100000, setting: rural, demand_share: {emergency: 0.3, non_emergency: 0.3}}
              stations:
                - {id: parkside, name: Parkside, area: city}
                - {id: march, area: fens}
            travel:
              model: matrix
              mobilise_minutes: 2
              matrix:
                areas: [city, fens]
                minutes:
                  - [8, 30]
                  - [30, 12]
                bands:
                  - {from_hour: 7, to_hour: 10, factor: 1.2}
                variability: {dist: lognormal, mean: 1, sd: 0.3}

        """;

    private static string WithGeography() => TestScenarios.Edit(
        TestScenarios.Edit(TestScenarios.Minimal, "{start_hour: 7, hours: 10, units: 20}", "{start_hour: 7, hours: 10, units: 20, stations: {parkside: 12, march: 8}}"),
        """
                - {start_hour: 17, hours: 10, units: 18}
            recording:
              probability: {violence: 0.9}

        """,
        Geography);

    [Fact]
    public void A_force_with_areas_stations_and_a_matrix_binds_every_value()
    {
        var result = TestScenarios.Load(WithGeography());

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var force = result.Scenario!.Forces[0];
        var geography = force.Geography!;
        Assert.Equal(["city", "fens"], geography.Areas.Select(a => a.Id));
        Assert.Equal(AreaSetting.Rural, geography.Areas[1].Setting);
        Assert.Equal(0.7, geography.Areas[0].DemandShare[Channel.Online]);
        Assert.Equal(0.3, geography.Areas[1].DemandShare[Channel.NonEmergency]);
        Assert.Equal("fens", geography.Stations[1].Area);
        Assert.Equal(8, force.Response.Shifts[1].Stations["march"]);
        Assert.Equal(AfterClearing.PatrolArea, force.Response.AfterClearing);
        Assert.Equal(TravelModel.Matrix, force.Travel.Model);
        Assert.Equal(30, force.Travel.Matrix!.Minutes[0][1]);
        Assert.Equal(1.2, Assert.Single(force.Travel.Matrix.Bands).Factor);
        Assert.Equal(DistributionKind.LogNormal, force.Travel.Matrix.Variability.Kind);
    }

    [Fact]
    public void A_station_in_an_unknown_area_is_reported_with_a_suggestion()
    {
        var yaml = TestScenarios.Edit(WithGeography(), "{id: march, area: fens}", "{id: march, area: fen}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "fen}", "forces[0].geography.stations[1].area", "no area has id 'fen'; did you mean 'fens'?");
    }

    [Fact]
    public void Demand_shares_that_do_not_sum_to_one_are_reported_per_channel()
    {
        var yaml = TestScenarios.Edit(WithGeography(), "demand_share: 0.7}", "demand_share: 0.6}");

        var problems = TestScenarios.Load(yaml).Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("forces[0].geography.areas", p.KeyPath));
        Assert.Contains(problems, p => p.Message == "demand_share on 'emergency' sums to 0.9 over the areas; the shares must sum to 1 (within 0.001)");
    }

    [Fact]
    public void Station_counts_that_do_not_sum_to_the_shift_s_units_are_reported()
    {
        var yaml = TestScenarios.Edit(WithGeography(), "stations: {parkside: 12, march: 8}", "stations: {parkside: 12, march: 7}");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].response.shifts[0].stations", problem.KeyPath);
        Assert.Equal("places 19 units but the shift has units: 20; the counts must sum to units", problem.Message);
    }

    [Fact]
    public void A_shift_naming_an_unknown_station_is_reported_with_a_suggestion()
    {
        var yaml = TestScenarios.Edit(WithGeography(), "stations: {parkside: 12, march: 8}", "stations: {parksid: 12, march: 8}");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].response.shifts[0].stations.parksid", problem.KeyPath);
        Assert.Equal("no station has id 'parksid'; did you mean 'parkside'?", problem.Message);
        Assert.Equal(TestScenarios.LineOf(yaml, "parksid: 12"), problem.Line);
    }

    [Fact]
    public void A_shift_without_stations_in_a_force_with_several_is_reported()
    {
        var yaml = TestScenarios.Edit(WithGeography(), ", stations: {parkside: 12, march: 8}}", "}");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].response.shifts[0]", problem.KeyPath);
        Assert.Equal("must place its 20 units at stations (the force has 2); add stations: {parkside: 20, ...}", problem.Message);
    }

    [Fact]
    public void A_matrix_missing_an_area_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Edit(WithGeography(), "areas: [city, fens]", "areas: [city]"), "- [8, 30]\n          - [30, 12]", "- [8]");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].travel.matrix.areas", problem.KeyPath);
        Assert.Equal("misses area fens; every area must appear exactly once", problem.Message);
    }

    [Fact]
    public void A_matrix_area_listed_twice_or_misspelt_is_reported()
    {
        var yaml = TestScenarios.Edit(WithGeography(), "areas: [city, fens]", "areas: [city, cty]");

        var problems = TestScenarios.Load(yaml).Problems;

        Assert.Contains(problems, p => p.KeyPath == "forces[0].travel.matrix.areas[1]" && p.Message == "no area has id 'cty'; did you mean 'city'?");
        Assert.Contains(problems, p => p.KeyPath == "forces[0].travel.matrix.areas" && p.Message == "misses area fens; every area must appear exactly once");
    }

    [Fact]
    public void A_matrix_row_of_the_wrong_length_is_reported()
    {
        var yaml = TestScenarios.Edit(WithGeography(), "- [30, 12]", "- [30]");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].travel.matrix.minutes[1]", problem.KeyPath);
        Assert.Equal("has 1 entries; each row needs one per area in matrix.areas (2)", problem.Message);
    }

    [Fact]
    public void Overlapping_bands_are_reported()
    {
        var yaml = TestScenarios.Edit(WithGeography(), "- {from_hour: 7, to_hour: 10, factor: 1.2}", "- {from_hour: 7, to_hour: 10, factor: 1.2}\n          - {from_hour: 9, to_hour: 12, factor: 1.1}");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].travel.matrix.bands[1]", problem.KeyPath);
        Assert.Equal("overlaps an earlier band at hour 9; bands must not overlap", problem.Message);
    }

    [Fact]
    public void The_matrix_model_without_geography_is_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "      probability: {violence: 0.9}\n", "      probability: {violence: 0.9}\n    travel: {model: matrix, matrix: {areas: [a], minutes: [[5]]}}\n");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].travel.model", problem.KeyPath);
        Assert.Equal("is matrix, which needs the force's areas; add forces[].geography with areas and stations", problem.Message);
    }

    [Fact]
    public void Shift_stations_without_geography_are_reported()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "{start_hour: 7, hours: 10, units: 20}", "{start_hour: 7, hours: 10, units: 20, stations: {a: 20}}");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].response.shifts[0].stations", problem.KeyPath);
        Assert.Equal("places units at stations but the force has no geography; add forces[].geography with its stations", problem.Message);
    }

    [Fact]
    public void A_misspelt_area_key_gets_a_did_you_mean()
    {
        var yaml = TestScenarios.Edit(WithGeography(), "setting: urban", "seting: urban");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].geography.areas[0].seting", problem.KeyPath);
        Assert.Equal("unknown key 'seting'; did you mean 'setting'?", problem.Message);
    }

    [Fact]
    public void A_setting_other_than_urban_or_rural_is_reported()
    {
        var yaml = TestScenarios.Edit(WithGeography(), "setting: rural", "setting: remote");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("forces[0].geography.areas[1].setting", problem.KeyPath);
        Assert.StartsWith("must be one of: urban, rural", problem.Message, StringComparison.Ordinal);
    }
}
