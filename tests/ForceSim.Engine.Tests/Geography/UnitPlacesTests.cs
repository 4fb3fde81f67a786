using ForceSim.Engine.Compilation;
using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Geography;

/// <summary>
/// Where units are and which is nearest, in the two-district force: units 0-2 at the town station and 3-4 at the
/// village station (day shift); town→village 25 minutes, village→village 8, town→town 5, 07:00-10:00 ×1.2.
/// </summary>
public sealed class UnitPlacesTests
{
    private const int Town = 0;
    private const int Village = 1;
    private const double Noon = 12 * 60;

    private static UnitPlaces Places(AfterClearing afterClearing = AfterClearing.ReturnToStation, double borderMinutes = 15)
    {
        var scenario = GeographyScenarios.Districts().WithResponse(r => r with { AfterClearing = afterClearing });
        var geography = new CompiledGeography(scenario.Forces[0]);
        return new UnitPlaces(geography, ownUnits: 10, slots: 12, borderMinutes, new PlaceTally(), new MeasuredPeriod(0, 10_000, 0));
    }

    [Fact]
    public void The_unit_at_the_nearest_station_is_sent_whatever_the_order_freed()
    {
        var places = Places();

        // Unit 0 (town station) was freed after unit 3 (village station): each is still sent to its own area.
        Assert.Equal(1, places.Nearest([3, 0], Town, Noon));
        Assert.Equal(0, places.Nearest([3, 0], Village, Noon));
    }

    [Fact]
    public void Units_equally_near_go_to_the_one_freed_most_recently()
    {
        var places = Places();

        Assert.Equal(2, places.Nearest([0, 1, 2], Town, Noon));
    }

    [Fact]
    public void A_unit_just_cleared_in_the_village_is_nearer_the_village_than_the_town_s_units()
    {
        var places = Places();
        places.Sent(0, Village, Noon);
        places.Cleared(0, Noon + 60);

        Assert.Equal(Village, places.AreaOf(0, Noon + 60));
        Assert.Equal(8, places.Expected(0, Village, Noon + 60), 9);
        Assert.Equal(1, places.Nearest([1, 0], Village, Noon + 60));
    }

    [Fact]
    public void A_unit_returning_to_its_station_is_placed_by_the_share_of_the_journey_done()
    {
        var places = Places();
        places.Sent(0, Village, Noon);
        places.Cleared(0, Noon);

        // Half way back to the town: half the village's 8 minutes plus half the town's 25 to a village incident.
        Assert.Equal((8 + 25) / 2.0, places.Expected(0, Village, Noon + 12.5), 9);
        Assert.Equal(Village, places.AreaOf(0, Noon + 12.5));
    }

    [Fact]
    public void A_unit_back_at_its_station_travels_from_there()
    {
        var places = Places();
        places.Sent(0, Village, Noon);
        places.Cleared(0, Noon);

        Assert.Equal(Town, places.AreaOf(0, Noon + 25));
        Assert.Equal(25, places.Expected(0, Village, Noon + 25), 9);
        Assert.Equal(5, places.Expected(0, Town, Noon + 30), 9);
    }

    [Fact]
    public void A_unit_that_patrols_its_area_after_clearing_is_home_at_once()
    {
        var places = Places(AfterClearing.PatrolArea);
        places.Sent(0, Village, Noon);
        places.Cleared(0, Noon);

        Assert.Equal(Town, places.AreaOf(0, Noon));
        Assert.Equal(25, places.Expected(0, Village, Noon), 9);
    }

    [Fact]
    public void Other_work_leaves_a_unit_where_it_was()
    {
        var places = Places();
        places.Sent(3, -1, Noon);
        places.Cleared(3, Noon + 90);

        Assert.Equal(Village, places.AreaOf(3, Noon + 90));
    }

    [Fact]
    public void Journeys_started_in_a_band_take_its_factor()
    {
        var places = Places();

        Assert.Equal(25 * 1.2, places.Expected(0, Village, 8 * 60), 9);
        Assert.Equal(25 * 1.2, places.Expected(0, Village, (24 + 9) * 60), 9);
        Assert.Equal(25, places.Expected(0, Village, 10 * 60), 9);
    }

    [Fact]
    public void A_borrowed_unit_starts_from_the_far_side_of_the_force_plus_the_border_minutes()
    {
        var places = Places(borderMinutes: 15);

        Assert.Equal(UnitPlaces.Border, places.AreaOf(10, Noon));
        Assert.Equal(25 + 15, places.Expected(10, Town, Noon), 9);
        places.Sent(10, Town, Noon);
        places.Cleared(10, Noon + 60);
        Assert.Equal(Town, places.AreaOf(10, Noon + 60));
        Assert.Equal(5, places.Expected(10, Town, Noon + 60), 9);
    }
}
