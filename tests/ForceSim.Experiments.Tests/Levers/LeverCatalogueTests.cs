using System.Globalization;
using ForceSim.Experiments.Levers;
using ForceSim.Model.Loading;

namespace ForceSim.Experiments.Tests.Levers;

public sealed class LeverCatalogueTests
{
    [Theory]
    [MemberData(nameof(ShippedLeverScenarios.Names), MemberType = typeof(ShippedLeverScenarios))]
    public void Every_lever_key_path_is_accepted_by_set_and_moves_the_lever_for_a_shipped_scenario(string name)
    {
        var source = ShippedLeverScenarios.Source(name);
        var levers = LeverService.Catalogue(source);
        Assert.NotEmpty(levers);
        foreach (var lever in levers)
        {
            var to = AnotherValue(lever);
            var sets = LeverService.Sets(source, [new LeverChange(lever.Id, to)]);
            Assert.Equal(lever.Paths.ToHashSet(), sets.Select(s => s.Key).ToHashSet());

            // The options go through the loader exactly as `forcesim run --set` gives them.
            var loaded = ScenarioLoader.LoadFile(source.Path, [.. sets.Select(s => $"{s.Key}={s.Value}")]);
            Assert.True(loaded.IsValid, $"{lever.Id}={to}: {string.Join("; ", loaded.Problems)}");
            var moved = LeverService.Catalogue(loaded.Scenario!).SingleOrDefault(l => l.Id == lever.Id);
            if (lever.Group == LeverGroup.MutualAid && lever.Kind == LeverKind.Switch)
            {
                // Joining mutual aid writes the section; the force is then offered its thresholds instead.
                Assert.Null(moved);
                Assert.NotNull(loaded.Scenario!.Forces.Single(f => lever.Id == $"forces.{f.Id}.mutual_aid").MutualAid);
                continue;
            }

            Assert.Equal(to, moved!.Current);
        }
    }

    [Fact]
    public void Levers_cover_every_group_a_region_of_forces_has()
    {
        var levers = LeverService.Catalogue(ShippedLeverScenarios.Source("eastern-region.yaml"));

        Assert.Equal(Enum.GetValues<LeverGroup>(), levers.Select(l => l.Group).Distinct());
        Assert.Equal(levers.Select(l => l.Group).Order(), levers.Select(l => l.Group));
        Assert.Contains(levers, l => l.Id == "control_rooms.norfolk_suffolk_fcr.triage.shared_records" && l.Current == "false");
        Assert.Contains(levers, l => l.Id == "forces.essex.mutual_aid" && l.Kind == LeverKind.Switch);
    }

    [Fact]
    public void A_force_with_stations_gets_a_lever_per_station_and_shift_that_moves_the_shift_total_too()
    {
        var source = ShippedLeverScenarios.Source("cambridgeshire-2022-districts.yaml");
        var march = LeverService.Catalogue(source).Single(l => l.Id == "forces.cambridgeshire.response.shifts[0].stations.march");

        Assert.Equal(["forces.cambridgeshire.response.shifts[0].stations.march", "forces.cambridgeshire.response.shifts[0].units"], march.Paths);
        var sets = LeverService.Sets(source, [new LeverChange(march.Id, "+2"), new LeverChange("forces.cambridgeshire.response.shifts[0].stations.ely", "-1")]);
        var units = int.Parse(source.Load().Forces[0].Response.Shifts[0].Count.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        Assert.Equal((units + 1).ToString(CultureInfo.InvariantCulture), sets.Single(s => s.Key == march.Paths[1]).Value);
    }

    [Fact]
    public void Lever_ranges_are_the_loaders_limits()
    {
        var levers = LeverService.Catalogue(ShippedLeverScenarios.Source("cambridgeshire-2022.yaml"));

        var handlers = levers.First(l => l.Group == LeverGroup.CallHandling && l.Kind == LeverKind.Count);
        Assert.Equal((0.0, (double)SettingLimits.MaxShiftCount), (handlers.Min!.Value, handlers.Max!.Value));
        var supervisors = levers.Single(l => l.Id == "forces.cambridgeshire.investigation.supervisors");
        Assert.Equal(SettingLimits.MaxSupervisors, supervisors.Max);
        var loaded = ScenarioLoader.LoadFile(RepositoryPaths.Scenario("cambridgeshire-2022.yaml"),
            [FormattableString.Invariant($"{supervisors.Id}={SettingLimits.MaxSupervisors + 1}")]);
        Assert.False(loaded.IsValid);
    }

    [Fact]
    public void A_lever_can_be_named_by_its_path_with_list_items_by_position()
    {
        var source = ShippedLeverScenarios.Source("cambridgeshire-2022.yaml");

        var sets = LeverService.Sets(source, [new LeverChange("control_rooms[0].call_handlers.shifts[1].staff", "+3")]);

        var shift = source.Load().ControlRooms[0].CallHandlers.Shifts[1];
        Assert.Equal(new KeyValuePair<string, string>("control_rooms.cambridgeshire_fcr.call_handlers.shifts[1].staff", (shift.Count + 3).ToString(CultureInfo.InvariantCulture)), Assert.Single(sets));
    }

    [Fact]
    public void An_unknown_lever_is_refused_with_the_nearest_one()
    {
        var source = ShippedLeverScenarios.Source("cambridgeshire-2022.yaml");

        var refused = Assert.Throws<InvalidRequestException>(() => LeverService.Sets(source, [new LeverChange("forces.cambridgeshire.investigation.supervisor", "30")]));

        Assert.Contains("did you mean 'forces.cambridgeshire.investigation.supervisors'", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A valid value other than the current one, so the test sees the lever move.</summary>
    private static string AnotherValue(Lever lever) => lever.Kind switch
    {
        LeverKind.Count => (double.Parse(lever.Current, CultureInfo.InvariantCulture) + (double.Parse(lever.Current, CultureInfo.InvariantCulture) < lever.Max ? 1 : -1))
            .ToString(CultureInfo.InvariantCulture),
        LeverKind.Share => lever.Current == "0.5" ? "0.6" : "0.5",
        LeverKind.Switch => lever.Current == "true" ? "false" : "true",
        _ => lever.Current == "[emergency]" ? "[emergency, online]" : "[emergency]",
    };
}
