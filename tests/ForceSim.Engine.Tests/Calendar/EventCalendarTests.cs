using ForceSim.Engine.Calendar;

namespace ForceSim.Engine.Tests.Calendar;

public sealed class EventCalendarTests
{
    [Fact]
    public void Events_come_out_in_time_order_whatever_order_they_were_scheduled_in()
    {
        var calendar = new EventCalendar<TestKind>();
        double[] times = [5.0, 1.0, 4.0, 2.5, 3.0, 0.5];
        for (var i = 0; i < times.Length; i++)
        {
            calendar.Schedule(times[i], (TestKind)i);
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
        var calendar = new EventCalendar<TestKind>(capacity: 2);

        // Interleave ties at two times with other events so the heap has to move them around.
        for (var i = 0; i < 50; i++)
        {
            calendar.Schedule(10.0, TestKind.One, argument: i);
            calendar.Schedule(20.0 - (i * 0.1), TestKind.Two, argument: i);
            calendar.Schedule(7.0, TestKind.Three, argument: i);
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
    public void A_popped_event_carries_its_kind_and_argument()
    {
        var calendar = new EventCalendar<TestKind>();
        calendar.Schedule(3.0, TestKind.Seven, argument: 42);
        calendar.Schedule(4.0, TestKind.Eight);

        Assert.Equal(new ScheduledEvent<TestKind>(3.0, TestKind.Seven, 42), calendar.Pop());
        Assert.Equal(new ScheduledEvent<TestKind>(4.0, TestKind.Eight, 0), calendar.Pop());
    }

    [Fact]
    public void Peeking_shows_the_event_the_next_pop_takes_and_leaves_it_there_and_shows_nothing_when_empty()
    {
        var calendar = new EventCalendar<TestKind>();
        Assert.False(calendar.TryPeek(out _));
        calendar.Schedule(4.0, TestKind.Eight, argument: 8);
        calendar.Schedule(3.0, TestKind.Seven, argument: 7);

        Assert.True(calendar.TryPeek(out var next));

        Assert.Equal(new ScheduledEvent<TestKind>(3.0, TestKind.Seven, 7), next);
        Assert.Equal(2, calendar.Count);
        Assert.Equal(next, calendar.Pop());
        Assert.True(calendar.TryPeek(out next));
        Assert.Equal(new ScheduledEvent<TestKind>(4.0, TestKind.Eight, 8), next);
    }

    [Fact]
    public void NextTime_is_infinite_when_empty_and_the_earliest_time_otherwise()
    {
        var calendar = new EventCalendar<TestKind>();
        Assert.Equal(double.PositiveInfinity, calendar.NextTime);
        Assert.Equal(0, calendar.Count);

        calendar.Schedule(9.0, TestKind.Zero);
        calendar.Schedule(2.0, TestKind.Zero);
        calendar.Schedule(5.0, TestKind.Zero);
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
        var calendar = new EventCalendar<TestKind>(capacity: 1);
        Assert.Equal(0, calendar.Scheduled);
        for (var i = 0; i < 5; i++)
        {
            calendar.Schedule(i, TestKind.Zero);
        }

        calendar.Pop();
        calendar.Pop();
        calendar.Schedule(1.5, TestKind.Zero);

        Assert.Equal(6, calendar.Scheduled);
        Assert.Equal(4, calendar.Count);
    }

    [Fact]
    public void Pending_lists_events_in_the_order_they_will_be_popped_and_leaves_them_in_place()
    {
        var calendar = new EventCalendar<TestKind>(capacity: 1);
        calendar.Schedule(5.0, TestKind.One, 1);
        calendar.Schedule(2.0, TestKind.Two, 2);
        calendar.Schedule(5.0, TestKind.Three, 3);
        calendar.Schedule(2.0, TestKind.Four, 4);

        var pending = calendar.Pending();

        Assert.Equal([2, 4, 1, 3], pending.Select(e => e.Argument));
        Assert.Equal(4, calendar.Count);
        Assert.Equal([2, 4, 1, 3], Enumerable.Range(0, 4).Select(_ => calendar.Pop().Argument));
    }

    [Fact]
    public void Ten_thousand_random_events_with_subjects_from_capacity_one_match_a_sorted_reference()
    {
        var random = new Random(12345);
        var calendar = new EventCalendar<TestKind>(capacity: 1);
        var subjects = new SubjectTable<Subject>(capacity: 1);
        var reference = new SortedSet<(double Time, int Sequence)>();
        var expectedSubjects = new Dictionary<int, Subject?>();
        var sequence = 0;
        var now = 0.0;
        var popped = 0;

        void ScheduleOne()
        {
            // Coarse times so many events tie; about a third have no subject (kind Zero carries the sequence instead).
            var time = now + random.Next(0, 50);
            var subject = random.Next(3) == 0 ? null : new Subject(sequence);
            if (subject is null)
            {
                calendar.Schedule(time, TestKind.Zero, argument: sequence);
            }
            else
            {
                calendar.Schedule(time, TestKind.One, argument: subjects.Store(subject));
            }

            reference.Add((time, sequence));
            expectedSubjects[sequence] = subject;
            sequence++;
        }

        void PopOne()
        {
            var expected = reference.Min;
            reference.Remove(expected);
            Assert.Equal(expected.Time, calendar.NextTime);
            var e = calendar.Pop();
            Assert.Equal(expected.Time, e.Time);
            var id = e.Kind == TestKind.One ? subjects.Take(e.Argument).Id : e.Argument;
            Assert.Equal(expected.Sequence, id);
            Assert.Equal(expectedSubjects[expected.Sequence] is null ? TestKind.Zero : TestKind.One, e.Kind);
            expectedSubjects.Remove(expected.Sequence);
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
        Assert.Equal(0, subjects.Count);
        Assert.Equal(double.PositiveInfinity, calendar.NextTime);
    }

    [Fact]
    public void Popping_an_empty_calendar_throws_and_leaves_it_usable()
    {
        var calendar = new EventCalendar<TestKind>();

        Assert.Throws<InvalidOperationException>(() => calendar.Pop());
        Assert.True(double.IsPositiveInfinity(calendar.NextTime));
        calendar.Schedule(5, TestKind.One);
        Assert.Equal(5, calendar.Pop().Time);
    }

    private sealed record Subject(int Id);
}
