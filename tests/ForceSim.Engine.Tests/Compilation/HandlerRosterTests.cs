using ForceSim.Engine.Compilation;
using ForceSim.Model.Scenarios;
using static ForceSim.Testing.Scenarios.ScenarioParts;

namespace ForceSim.Engine.Tests.Compilation;

public sealed class HandlerRosterTests
{
    // Days 07:00-17:00 (5), lates 15:00-01:00 across midnight (4), nights 22:00-08:00 (3).
    private static readonly CallHandlerSettings ThreeShifts = new()
    {
        Shifts = [Shift(7, 10, 5), Shift(15, 10, 4), Shift(22, 10, 3)],
    };

    [Theory]
    [InlineData(0, 7)]        // lates + nights
    [InlineData(59.9, 7)]
    [InlineData(60, 3)]       // lates end at 01:00
    [InlineData(419.5, 3)]
    [InlineData(420, 8)]      // days start at 07:00, nights still on
    [InlineData(480, 5)]      // nights end at 08:00
    [InlineData(900, 9)]      // lates start at 15:00
    [InlineData(1020, 4)]     // days end at 17:00
    [InlineData(1320, 7)]     // nights start at 22:00
    [InlineData(1439.99, 7)]
    public void Staff_on_duty_is_the_sum_of_the_shifts_covering_the_minute(double minute, int staff)
    {
        var roster = new HandlerRoster(ThreeShifts);

        Assert.Equal(staff, roster.StaffAt(minute));
    }

    [Fact]
    public void Change_points_are_every_shift_start_and_end_wrapped_into_the_day()
    {
        var roster = new HandlerRoster(ThreeShifts);

        Assert.Equal([0.0, 60, 420, 480, 900, 1020, 1320], roster.ChangeMinutes);
    }

    [Fact]
    public void A_24_hour_shift_starting_mid_morning_covers_the_whole_day()
    {
        var roster = new HandlerRoster(new CallHandlerSettings { Shifts = [Shift(6, 24, 4)] });

        Assert.Equal(4, roster.StaffAt(0));
        Assert.Equal(4, roster.StaffAt(359));
        Assert.Equal(4, roster.StaffAt(360));
        Assert.Equal(4, roster.StaffAt(1439));
    }

    [Theory]
    [InlineData(10, 0.25, 8)]   // 7.5 rounds away from zero
    [InlineData(6, 0.25, 5)]    // 4.5 rounds away from zero
    [InlineData(7, 0.1, 6)]     // 6.3 rounds down
    [InlineData(7, 0.0, 7)]
    [InlineData(3, 0.8, 1)]     // 0.6 rounds up
    public void Abstraction_removes_a_share_of_the_rostered_staff_rounded_to_whole_people(int rostered, double abstraction, int onDuty)
    {
        var roster = new HandlerRoster(new CallHandlerSettings { Shifts = [Shift(0, 24, rostered)], AbstractionRate = abstraction });

        Assert.Equal(onDuty, roster.StaffAt(720));
    }

    [Fact]
    public void Abstraction_applies_to_the_total_on_duty_not_shift_by_shift()
    {
        // Two shifts of 3 at 0.5 abstraction: each alone would round 1.5 to 2 (4 in all); together 6 × 0.5 = 3.
        var roster = new HandlerRoster(new CallHandlerSettings
        {
            Shifts = [Shift(0, 24, 3), Shift(0, 24, 3)],
            AbstractionRate = 0.5,
        });

        Assert.Equal(3, roster.StaffAt(100));
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(500, 900)]
    [InlineData(900, 1020)]             // strictly after: a change at now is not the next one
    [InlineData(1330, 1440)]            // wraps to the next midnight
    [InlineData(1440 + 1330, 2880)]
    [InlineData((3 * 1440) + 30, (3 * 1440) + 60)]
    [InlineData((2 * 1440) + 1020, (2 * 1440) + 1320)]
    public void NextChange_returns_the_next_change_point_strictly_after_now(double now, double next)
    {
        var roster = new HandlerRoster(ThreeShifts);

        Assert.Equal(next, roster.NextChange(now));
    }

    [Fact]
    public void NextChange_at_the_last_change_of_the_day_wraps_to_the_first_change_of_the_next_day()
    {
        var roster = new HandlerRoster(new CallHandlerSettings { Shifts = [Shift(8, 8, 2)] });

        Assert.Equal([0.0, 480, 960], roster.ChangeMinutes);
        Assert.Equal(1440 + 0.0, roster.NextChange(960));
        Assert.Equal(1440 + 480.0, roster.NextChange(1440));
    }

    [Fact]
    public void Rostered_hours_a_day_count_every_shift_before_abstraction()
    {
        var roster = new HandlerRoster(ThreeShifts with { AbstractionRate = 0.3 });

        Assert.Equal((5 * 10) + (4 * 10) + (3 * 10), roster.RosteredHoursPerDay);
    }

    [Fact]
    public void Unlimited_is_carried_through()
    {
        Assert.True(new HandlerRoster(new CallHandlerSettings { Unlimited = true }).Unlimited);
        Assert.False(new HandlerRoster(ThreeShifts).Unlimited);
    }

    [Fact]
    public void A_half_hour_shift_start_makes_a_change_point_at_the_half_hour()
    {
        var roster = new HandlerRoster(new CallHandlerSettings { Shifts = [Shift(6.5, 8, 2)] });

        Assert.Equal(0, roster.StaffAt(389));
        Assert.Equal(2, roster.StaffAt(390));
        Assert.Equal(390, roster.NextChange(10));
        Assert.Equal(870, roster.NextChange(390));
    }
}
