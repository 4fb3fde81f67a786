using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// A force's appointment diary for scheduled incidents: so many appointments an hour between two hours of the day,
/// booked in call order at the earliest free slot after the notice period, spread evenly through the hour. When demand
/// outruns the diary, bookings drift later, which is how too little capacity shows.
/// </summary>
public sealed class AppointmentBook(AppointmentDiary diary)
{
    private readonly Dictionary<long, int> _booked = [];

    // Every hour from the last search's start up to here is full or outside the diary. Searches start no earlier each
    // time (time only moves on) and a full hour never frees up, so a search may begin here: a backlog of weeks is not
    // walked hour by hour on every booking.
    private long _fullUntil;
    private long _forgetAfter;

    /// <summary>Books the earliest free slot at least the notice period after <paramref name="now"/>; returns its time.</summary>
    public double Book(double now)
    {
        var hour = Math.Max((long)Math.Ceiling((now + (diary.MinNoticeHours * 60)) / 60.0), _fullUntil);
        while (true)
        {
            var hourOfDay = (int)(hour % 24);
            var taken = _booked.GetValueOrDefault(hour);
            if (hourOfDay >= diary.FromHour && hourOfDay < diary.ToHour && taken < diary.PerHour)
            {
                _booked[hour] = taken + 1;
                _fullUntil = hour;
                Forget((long)(now / 60.0));
                return (hour * 60.0) + (taken * 60.0 / diary.PerHour);
            }

            hour++;
        }
    }

    /// <summary>Drops past hours once a simulated week, so the diary holds only what is still ahead.</summary>
    private void Forget(long currentHour)
    {
        if (currentHour < _forgetAfter)
        {
            return;
        }

        _forgetAfter = currentHour + 168;
        foreach (var past in _booked.Keys.Where(h => h < currentHour).ToList())
        {
            _booked.Remove(past);
        }
    }
}
