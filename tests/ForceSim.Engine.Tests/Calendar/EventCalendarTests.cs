using System.Runtime.CompilerServices;
using ForceSim.Engine.Calendar;

namespace ForceSim.Engine.Tests.Calendar;

public sealed class EventCalendarTests
{
    [Fact]
    public void Events_come_out_in_time_order_whatever_order_they_were_scheduled_in()
    {
        var calendar = new EventCalendar();
        double[] times = [5.0, 1.0, 4.0, 2.5, 3.0, 0.5];
        for (var i = 0; i < times.Length; i++)
        {
            calendar.Schedule(times[i], kind: i);
        }

        var popped = new List<double>();
        while (calendar.Count > 0)
        {
            popped.Add(calendar.Pop().Time);
        }

        Assert.Equal([0.5, 1.0, 2.5, 3.0, 4.0, 5.0], popped);
    }

    [Fact]
    public void Simultaneous_events_come_out_in_the_order_they_were_scheduled()
    {
        var calendar = new EventCalendar(capacity: 2);

        // Interleave ties at two times with other events so the heap has to move them around.
        for (var i = 0; i < 50; i++)
        {
            calendar.Schedule(10.0, kind: 1, argument: i);
            calendar.Schedule(20.0 - (i * 0.1), kind: 2, argument: i);
            calendar.Schedule(7.0, kind: 3, argument: i);
        }

        var sevens = new List<int>();
        var tens = new List<int>();
        while (calendar.Count > 0)
        {
            var e = calendar.Pop();
            if (e.Time == 7.0)
            {
                sevens.Add(e.Argument);
            }
            else if (e.Time == 10.0)
            {
                tens.Add(e.Argument);
            }
        }

        Assert.Equal(Enumerable.Range(0, 50), sevens);
        Assert.Equal(Enumerable.Range(0, 50), tens);
    }

    [Fact]
    public void A_popped_event_carries_its_kind_argument_and_subject()
    {
        var calendar = new EventCalendar();
        var subject = new object();
        calendar.Schedule(3.0, kind: 7, argument: 42, subject: subject);
        calendar.Schedule(4.0, kind: 8);

        var first = calendar.Pop();
        var second = calendar.Pop();

        Assert.Equal(new ScheduledEvent(3.0, 7, 42, subject), first);
        Assert.Same(subject, first.Subject);
        Assert.Equal(8, second.Kind);
        Assert.Equal(0, second.Argument);
        Assert.Null(second.Subject);
    }

    [Fact]
    public void NextTime_is_infinite_when_empty_and_the_earliest_time_otherwise()
    {
        var calendar = new EventCalendar();
        Assert.Equal(double.PositiveInfinity, calendar.NextTime);
        Assert.Equal(0, calendar.Count);

        calendar.Schedule(9.0, 0);
        calendar.Schedule(2.0, 0);
        calendar.Schedule(5.0, 0);
        Assert.Equal(2.0, calendar.NextTime);
        Assert.Equal(3, calendar.Count);

        calendar.Pop();
        Assert.Equal(5.0, calendar.NextTime);
        calendar.Pop();
        calendar.Pop();
        Assert.Equal(double.PositiveInfinity, calendar.NextTime);
        Assert.Equal(0, calendar.Count);
    }

    [Fact]
    public void Scheduled_counts_every_event_ever_scheduled_and_does_not_fall_when_events_are_popped()
    {
        var calendar = new EventCalendar(capacity: 1);
        Assert.Equal(0, calendar.Scheduled);
        for (var i = 0; i < 5; i++)
        {
            calendar.Schedule(i, 0);
        }

        calendar.Pop();
        calendar.Pop();
        calendar.Schedule(1.5, 0);

        Assert.Equal(6, calendar.Scheduled);
        Assert.Equal(4, calendar.Count);
    }

    [Fact]
    public void Subject_slots_are_reused_without_mixing_up_subjects()
    {
        var calendar = new EventCalendar(capacity: 1);
        var a = new object();
        var b = new object();
        calendar.Schedule(1.0, 0, subject: a);
        Assert.Same(a, calendar.Pop().Subject);

        // a's slot is free again: b takes it, and a subject-less event in between must not pick it up.
        calendar.Schedule(3.0, 0, subject: b);
        calendar.Schedule(2.0, 0);
        Assert.Null(calendar.Pop().Subject);
        Assert.Same(b, calendar.Pop().Subject);
    }

    [Fact]
    public void A_popped_subject_is_not_kept_alive_by_the_calendar()
    {
        var calendar = new EventCalendar(capacity: 4);
        var weak = ScheduleAndPopSubject(calendar);
        calendar.Schedule(5.0, 0);   // the calendar stays in use

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(weak.IsAlive);
        Assert.Equal(1, calendar.Count);
    }

    [Fact]
    public void Ten_thousand_random_events_from_capacity_one_match_a_sorted_reference()
    {
        var random = new Random(12345);
        var calendar = new EventCalendar(capacity: 1);
        var reference = new SortedSet<(double Time, int Sequence)>();
        var subjects = new Dictionary<int, object?>();
        var sequence = 0;
        var now = 0.0;
        var popped = 0;

        void ScheduleOne()
        {
            // Coarse times so many events tie; about a third have no subject.
            var time = now + random.Next(0, 50);
            var subject = random.Next(3) == 0 ? null : new Subject(sequence);
            calendar.Schedule(time, kind: sequence % 11, argument: sequence, subject: subject);
            reference.Add((time, sequence));
            subjects[sequence] = subject;
            sequence++;
        }

        void PopOne()
        {
            var expected = reference.Min;
            reference.Remove(expected);
            Assert.Equal(expected.Time, calendar.NextTime);
            var e = calendar.Pop();
            Assert.Equal(expected.Time, e.Time);
            Assert.Equal(expected.Sequence, e.Argument);
            Assert.Equal(expected.Sequence % 11, e.Kind);
            Assert.Same(subjects[expected.Sequence], e.Subject);
            subjects.Remove(expected.Sequence);
            now = e.Time;
            popped++;
        }

        while (sequence < 10_000)
        {
            // Push-heavy at first so the heap and subject table grow well past their initial size, then mixed.
            var pushes = sequence < 3_000 ? 3 : random.Next(0, 3);
            for (var i = 0; i < pushes && sequence < 10_000; i++)
            {
                ScheduleOne();
            }

            if (reference.Count > 0 && random.Next(3) != 0)
            {
                PopOne();
            }

            Assert.Equal(reference.Count, calendar.Count);
        }

        while (reference.Count > 0)
        {
            PopOne();
        }

        Assert.Equal(10_000, popped);
        Assert.Equal(10_000, calendar.Scheduled);
        Assert.Equal(double.PositiveInfinity, calendar.NextTime);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ScheduleAndPopSubject(EventCalendar calendar)
    {
        var subject = new Subject(-1);
        calendar.Schedule(1.0, 0, subject: subject);
        Assert.Same(subject, calendar.Pop().Subject);
        return new WeakReference(subject);
    }

    private sealed record Subject(int Id);

    [Fact]
    public void Popping_an_empty_calendar_throws_and_leaves_it_usable()
    {
        var calendar = new EventCalendar();

        Assert.Throws<InvalidOperationException>(() => calendar.Pop());
        Assert.True(double.IsPositiveInfinity(calendar.NextTime));
        calendar.Schedule(5, kind: 1);
        Assert.Equal(5, calendar.Pop().Time);
    }
}
