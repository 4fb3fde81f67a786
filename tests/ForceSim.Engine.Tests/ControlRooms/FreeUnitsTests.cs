using CsCheck;
using ForceSim.Engine.ControlRooms;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class FreeUnitsTests
{
    [Fact]
    public void FreeUnits_gives_the_latest_freed_unit_first_and_keeps_the_order_of_the_others_when_one_leaves()
    {
        var free = new FreeUnits(5);
        foreach (var unit in new[] { 3, 0, 4, 1 })
        {
            free.Add(unit);
        }

        Assert.True(free.Remove(0));
        Assert.False(free.Remove(2)); // never freed

        Assert.Equal([3, 4, 1], free.InOrder().ToArray());
        Assert.Equal(1, free.TakeLatest());
        Assert.Equal(4, free.TakeLatest());
        Assert.Equal(3, free.TakeLatest());
        Assert.Equal(0, free.Count);
        Assert.Throws<InvalidOperationException>(() => free.TakeLatest());
    }

    [Fact]
    public void FreeUnits_refuses_to_free_a_unit_twice()
    {
        var free = new FreeUnits(2);
        free.Add(1);

        Assert.Throws<InvalidOperationException>(() => free.Add(1));
    }

    /// <summary>
    /// The pool used to keep its free units in a List (add at the end, take the last, remove any): the same steps must
    /// leave the same units in the same order, or a different unit would be sent and every result would change.
    /// </summary>
    [Fact]
    public void FreeUnits_keeps_the_same_order_as_a_list_through_any_mix_of_joins_leaves_and_takes()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1000]).Array[0, 400]).Sample((slots, steps) =>
        {
            var free = new FreeUnits(slots);
            var list = new List<int>();
            foreach (var (op, value) in steps)
            {
                var unit = value % slots;
                switch (op)
                {
                    case 0 when !list.Contains(unit):
                        free.Add(unit);
                        list.Add(unit);
                        break;
                    case 1:
                        Assert.Equal(list.Remove(unit), free.Remove(unit));
                        break;
                    case 2 when list.Count > 0:
                        Assert.Equal(list[^1], free.TakeLatest());
                        list.RemoveAt(list.Count - 1);
                        break;
                    case 3 when list.Count > 0:
                        var taken = free.InOrder()[value % list.Count];
                        Assert.Equal(list[value % list.Count], taken);
                        free.Remove(taken);
                        list.Remove(taken);
                        break;
                }

                Assert.Equal(list, free.InOrder().ToArray());
                Assert.Equal(list.Count, free.Count);
                Assert.True(list.TrueForAll(free.Contains));
            }
        });
    }
}
