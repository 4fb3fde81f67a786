using CsCheck;
using ForceSim.Engine.Calendar;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Victims;
using ForceSim.Testing.Processes;

namespace ForceSim.Engine.Tests.Victims;

/// <summary>A victim's few pending events must come out in exactly the order an LP's event calendar gives.</summary>
public sealed class VictimAgendaTests
{
    [Fact]
    public void Agenda_gives_the_earliest_event_first_and_keeps_the_order_added_for_events_at_the_same_time()
    {
        var agenda = default(VictimAgenda);
        var first = Update(1);
        var second = Update(2);
        agenda.Add(60, first);
        agenda.Add(30, message: null);
        agenda.Add(60, second);

        Assert.Equal(30, agenda.NextTime);
        Assert.Equal([(30.0, (Message?)null), (60.0, first), (60.0, second)], agenda.Pending());
        Assert.Equal((30.0, (Message?)null), agenda.Take());
        Assert.Equal((60.0, (Message?)first), agenda.Take());
        Assert.Equal((60.0, (Message?)second), agenda.Take());
        Assert.Equal(0, agenda.Count);
        Assert.Equal(double.PositiveInfinity, agenda.NextTime);
    }

    [Fact]
    public void Agenda_with_nothing_pending_refuses_to_give_an_event()
    {
        var agenda = default(VictimAgenda);
        agenda.Add(5, message: null);
        agenda.Take();

        Assert.Throws<InvalidOperationException>(() => agenda.Take());
    }

    [Fact]
    public void Agenda_takes_events_in_the_same_order_as_an_event_calendar_whatever_is_added_and_taken()
    {
        // Times from a few values so ties are common; each step adds (true) or takes (false).
        Gen.Select(Gen.Bool, Gen.Int[0, 6]).Array[1, 60].Sample(steps =>
        {
            var agenda = default(VictimAgenda);
            var calendar = new EventCalendar<Kind>(capacity: 1);
            var added = 0;
            foreach (var (add, time) in steps)
            {
                if (add || agenda.Count == 0)
                {
                    agenda.Add(time, Update(added));
                    calendar.Schedule(time, Kind.Message, added++);
                    continue;
                }

                var (agendaTime, message) = agenda.Take();
                var expected = calendar.Pop();
                if (agendaTime != expected.Time || ((InvestigationUpdate)message!).CrimeId != expected.Argument)
                {
                    return false;
                }
            }

            return agenda.Count == calendar.Count
                && agenda.Pending().Select(p => ((InvestigationUpdate)p.Message!).CrimeId).SequenceEqual(calendar.Pending().Select(e => (long)e.Argument));
        });
    }

    [Fact]
    public void Agenda_emptied_and_refilled_orders_ties_in_the_order_added()
    {
        var agenda = default(VictimAgenda);
        agenda.Add(10, Update(1));
        agenda.Add(10, Update(2));
        agenda.Take();
        agenda.Take();
        agenda.Add(20, Update(3));
        agenda.Add(20, Update(4));

        Assert.Equal([3L, 4L], agenda.Pending().Select(p => ((InvestigationUpdate)p.Message!).CrimeId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Agenda_reset_for_another_victim_reads_as_a_new_agenda(int keptCapacity)
    {
        var reused = default(VictimAgenda);
        for (var i = 0; i < 3; i++)
        {
            reused.Add(10 - i, Update(i));
        }

        reused.Take();
        reused.Take();
        reused.Take();
        reused.Reset(keptCapacity);
        var fresh = default(VictimAgenda);
        Fill(ref fresh);
        Fill(ref reused);

        Assert.Equal(fresh.Pending(), reused.Pending());
        Assert.Equal(fresh.Take(), reused.Take());
        Assert.Equal(fresh.Take(), reused.Take());
        Assert.Equal(fresh.Take(), reused.Take());
        Assert.Equal(0, reused.Count);
    }

    /// <summary>The one kind of event the comparison calendar holds.</summary>
    public enum Kind
    {
        Message,
    }

    private static void Fill(ref VictimAgenda agenda)
    {
        agenda.Add(30, Update(5));
        agenda.Add(30, message: null);
        agenda.Add(20, Update(6));
    }

    private static InvestigationUpdate Update(long crime) => ProtocolMessages.Update(victimId: 1, InvestigationUpdateKind.Informed, at: 0, crimeId: crime, sequence: crime);
}
