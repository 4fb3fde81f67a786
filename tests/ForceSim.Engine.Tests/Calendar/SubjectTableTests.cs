using System.Runtime.CompilerServices;
using ForceSim.Engine.Calendar;

namespace ForceSim.Engine.Tests.Calendar;

public sealed class SubjectTableTests
{
    [Fact]
    public void Slots_are_reused_without_mixing_up_subjects()
    {
        var table = new SubjectTable<Subject>(capacity: 1);
        var a = new Subject(1);
        var b = new Subject(2);
        var c = new Subject(3);
        var slotA = table.Store(a);
        Assert.Same(a, table.Take(slotA));

        // a's slot is free again: b takes it, and c gets a new one.
        var slotB = table.Store(b);
        var slotC = table.Store(c);
        Assert.Equal(slotA, slotB);
        Assert.NotEqual(slotB, slotC);
        Assert.Same(c, table.Take(slotC));
        Assert.Same(b, table.Take(slotB));
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Peek_leaves_the_subject_in_place_and_Take_frees_it()
    {
        var table = new SubjectTable<Subject>();
        var subject = new Subject(7);
        var slot = table.Store(subject);

        Assert.Same(subject, table.Peek(slot));
        Assert.Equal(1, table.Count);
        Assert.Same(subject, table.Take(slot));
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Taking_a_slot_that_holds_nothing_throws()
    {
        var table = new SubjectTable<Subject>();
        var slot = table.Store(new Subject(1));
        table.Take(slot);

        Assert.Throws<InvalidOperationException>(() => table.Take(slot));
        Assert.Throws<InvalidOperationException>(() => table.Peek(5));
    }

    [Fact]
    public void A_taken_subject_is_not_kept_alive_by_the_table()
    {
        var table = new SubjectTable<Subject>(capacity: 4);
        var weak = StoreAndTake(table);
        table.Store(new Subject(2)); // the table stays in use

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(weak.IsAlive);
        Assert.Equal(1, table.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference StoreAndTake(SubjectTable<Subject> table)
    {
        var subject = new Subject(-1);
        Assert.Same(subject, table.Take(table.Store(subject)));
        return new WeakReference(subject);
    }

    private sealed record Subject(int Id);
}
