using CsCheck;
using ForceSim.Engine.ControlRooms;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class AppointmentBookTests
{
    private const double Hour = 60;
    private const double Day = 24 * Hour;

    [Fact]
    public void AppointmentBook_books_the_first_whole_hour_after_the_notice_period()
    {
        var book = new AppointmentBook(new AppointmentDiary { PerHour = 1, FromHour = 8, ToHour = 20, MinNoticeHours = 2 });

        // A call at 09:10 with two hours' notice: 11:10 at the earliest, so the 12:00 slot.
        Assert.Equal(12 * Hour, book.Book((9 * Hour) + 10));
    }

    [Fact]
    public void AppointmentBook_spreads_the_appointments_of_an_hour_evenly_through_it_and_then_fills_the_next_hour()
    {
        var book = new AppointmentBook(new AppointmentDiary { PerHour = 4, FromHour = 8, ToHour = 20, MinNoticeHours = 0 });

        var slots = Enumerable.Range(0, 6).Select(_ => book.Book(10 * Hour)).ToList();

        Assert.Equal([600, 615, 630, 645, 660, 675], slots);
    }

    [Fact]
    public void AppointmentBook_offers_slots_only_within_diary_hours_and_carries_late_calls_to_the_next_morning()
    {
        var book = new AppointmentBook(new AppointmentDiary { PerHour = 1, FromHour = 8, ToHour = 20, MinNoticeHours = 2 });

        // 18:30 + 2 h is 20:30, after the diary closes: 08:00 the next day.
        Assert.Equal(Day + (8 * Hour), book.Book((18 * Hour) + 30));

        // An early-morning call waits for the diary to open.
        Assert.Equal((2 * Day) + (8 * Hour), book.Book((2 * Day) + (1 * Hour)));
    }

    [Fact]
    public void AppointmentBook_pushes_bookings_later_when_the_diary_is_full()
    {
        var book = new AppointmentBook(new AppointmentDiary { PerHour = 1, FromHour = 18, ToHour = 20, MinNoticeHours = 0 });

        var slots = Enumerable.Range(0, 3).Select(_ => book.Book(17 * Hour)).ToList();

        // 18:00 and 19:00 today, then the next day's first slot.
        Assert.Equal([18 * Hour, 19 * Hour, Day + (18 * Hour)], slots);
    }

    [Fact]
    public void AppointmentBook_keeps_its_bookings_while_it_forgets_hours_long_past()
    {
        var book = new AppointmentBook(new AppointmentDiary { PerHour = 1, FromHour = 0, ToHour = 24, MinNoticeHours = 0 });

        // Fill 300 hours ahead (beyond the size at which past hours are dropped), then book again from the start.
        for (var i = 0; i < 300; i++)
        {
            book.Book(0);
        }

        Assert.Equal(300 * Hour, book.Book(0));
        Assert.Equal(301 * Hour, book.Book(250 * Hour));
    }

    /// <summary>The diary skips hours it knows are full; any run of bookings must land where a search from the start would.</summary>
    [Fact]
    public void AppointmentBook_books_the_same_slots_as_a_diary_searched_hour_by_hour_for_any_calls_in_time_order()
    {
        Gen.Select(Gen.Int[1, 4], Gen.Int[0, 12], Gen.Int[0, 3], Gen.Double[0, 600].Array[1, 300])
            .Sample((perHour, fromHour, notice, gaps) =>
            {
                var diary = new AppointmentDiary { PerHour = perHour, FromHour = fromHour, ToHour = fromHour + 8, MinNoticeHours = notice };
                var book = new AppointmentBook(diary);
                var naive = new Dictionary<long, int>();
                var now = 0.0;
                foreach (var gap in gaps)
                {
                    now += gap;
                    Assert.Equal(SearchedHourByHour(diary, naive, now), book.Book(now));
                }
            });
    }

    private static double SearchedHourByHour(AppointmentDiary diary, Dictionary<long, int> booked, double now)
    {
        for (var hour = (long)Math.Ceiling((now + (diary.MinNoticeHours * 60)) / 60.0); ; hour++)
        {
            var taken = booked.GetValueOrDefault(hour);
            if (hour % 24 >= diary.FromHour && hour % 24 < diary.ToHour && taken < diary.PerHour)
            {
                booked[hour] = taken + 1;
                return (hour * Hour) + (taken * Hour / diary.PerHour);
            }
        }
    }
}
