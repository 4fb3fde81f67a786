using CsCheck;
using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Tests.Victims;

/// <summary>A value per victim, dense for the forces a table sees most of and hashed for the rest, read back as written.</summary>
public sealed class VictimTableTests
{
    private static readonly int[] Spacings = [1, 2, 50, 3_000];

    [Fact]
    public void Victim_table_reads_back_every_value_written_whether_a_force_is_held_densely_or_hashed()
    {
        // Per force: how many victims, and one in how many of its range the table sees (1: all, as a room sees its own
        // force's callers; large: a few callers from across the border). Writes add, so a lost or moved value shows.
        Gen.Select(Gen.Int[0, 5], Gen.Int[1, 12_000], Gen.Int[0, 3].Select(i => Spacings[i])).Array[1, 6].Sample(forces =>
        {
            var table = new VictimTable<int>();
            var expected = new Dictionary<long, int>();
            for (var round = 0; round < 2; round++)
            {
                foreach (var (force, count, spacing) in forces)
                {
                    for (var i = 0; i < count; i++)
                    {
                        var id = VictimIds.Of(force, (long)i * spacing);
                        table.At(id) += i + 1;
                        expected[id] = expected.GetValueOrDefault(id) + i + 1;
                    }
                }
            }

            return expected.All(e => table.Get(e.Key) == e.Value)
                && forces.Select(f => VictimIds.Of(f.Item1, ((long)f.Item2 * f.Item3) + 1)).Where(id => !expected.ContainsKey(id)).All(id => table.Get(id) == 0);
        });
    }

    [Fact]
    public void Victim_table_holds_a_force_it_sees_most_of_densely_and_a_few_victims_of_another_force_hashed()
    {
        var table = new VictimTable<byte>();
        for (var i = 0; i < 10_000; i++)
        {
            table.At(VictimIds.Of(force: 2, sequence: i)) = 1; // the room's own force: every victim
            table.At(VictimIds.Of(force: 5, sequence: 100L * i)) = 2; // a neighbour's: one in a hundred
        }

        Assert.True(table.IsDense(2));
        Assert.False(table.IsDense(5));
        Assert.Equal((1, 2, 0), (table.Get(VictimIds.Of(2, 9_999)), table.Get(VictimIds.Of(5, 999_900)), table.Get(VictimIds.Of(5, 999_901))));
    }
}
