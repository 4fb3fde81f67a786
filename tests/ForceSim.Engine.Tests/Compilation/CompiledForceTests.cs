using ForceSim.Engine.Compilation;
using ForceSim.Model.Scenarios;
using static ForceSim.Testing.Scenarios.ScenarioParts;

namespace ForceSim.Engine.Tests.Compilation;

public sealed class CompiledForceTests
{
    private static readonly DateOnly Start = new(2021, 4, 1);

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.1999, 0)]
    [InlineData(0.2, 1)]
    [InlineData(0.4999, 1)]
    [InlineData(0.5, 2)]
    [InlineData(0.9999, 2)]
    public void PickType_splits_the_unit_interval_by_the_channel_weights(double uniform, int type)
    {
        // Emergency weights 1 : 1.5 : 2.5 → cumulative 0.2, 0.5, 1.
        var force = Compile(Incident("a", 1), Incident("b", 1.5), Incident("c", 2.5));

        Assert.Equal(type, force.PickType(Channel.Emergency, uniform));
    }

    [Fact]
    public void PickType_picks_each_type_in_proportion_to_its_weight_on_that_channel()
    {
        var force = Compile(Incident("a", 1, 3), Incident("b", 3, 0), Incident("c", 0, 1));
        var emergency = new int[3];
        var nonEmergency = new int[3];
        const int steps = 10_000;
        for (var i = 0; i < steps; i++)
        {
            var u = (i + 0.5) / steps;
            emergency[force.PickType(Channel.Emergency, u)]++;
            nonEmergency[force.PickType(Channel.NonEmergency, u)]++;
        }

        Assert.Equal([2_500, 7_500, 0], emergency);
        Assert.Equal([7_500, 0, 2_500], nonEmergency);
    }

    [Fact]
    public void A_type_with_no_share_on_a_channel_is_never_picked_there()
    {
        var force = Compile(Incident("a", 0, 1), Incident("b", 1, 0));

        Assert.Equal(1, force.PickType(Channel.Emergency, 0));
        Assert.Equal(1, force.PickType(Channel.Emergency, 0.999));
        Assert.Equal(0, force.PickType(Channel.NonEmergency, 0));
        Assert.Equal(0, force.PickType(Channel.NonEmergency, 0.999));
    }

    [Fact]
    public void Units_are_counted_from_every_response_shift()
    {
        var settings = Force("f", "room", 100, 0, Shift(7, 10, 4), Shift(17, 10, 6));
        var force = new CompiledForce(0, settings, controlRoom: 0, firstUnit: 12, Start, 1440);

        Assert.Equal(10, force.UnitCount);
        Assert.Equal(12, force.FirstUnit);
    }

    [Fact]
    public void Each_channel_gets_its_own_demand_curve_and_a_missing_channel_has_none()
    {
        var settings = Force("f", "room", 2 * 365 * 1440, 365 * 1440);
        var force = new CompiledForce(0, settings, 0, 0, Start, 1440);

        Assert.Equal(0.5, force.Demand[(int)Channel.Emergency].NextArrival(0, 1), 12);
        Assert.Equal(1.0, force.Demand[(int)Channel.NonEmergency].NextArrival(0, 1), 12);
        Assert.True(force.Demand[(int)Channel.Online].IsZero);
    }

    private static CompiledForce Compile(params IncidentType[] types)
    {
        var settings = Force("f", "room", 1000, 1000, Shift(0, 24, 1)) with { IncidentTypes = types };
        return new CompiledForce(0, settings, 0, 0, Start, 1440);
    }
}
