using CsCheck;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Tests.Hosting;

/// <summary>
/// The protocol's directory of kept victims (found by force and sequence, in chunks handed back once empty) and its
/// wake-up lists (reused window after window), seen through the protocol.
/// </summary>
public sealed class VictimDirectoryTests
{
    private static readonly CompiledScenario Model = new(TestScenarios.Shorten(TestScenarios.Load("cambridgeshire-2022.yaml"), days: 2, replications: 1, warmupDays: 0));

    private static readonly LpId Room = new(LpKind.ControlRoom, 0);

    private static readonly double W = Model.WindowMinutes;

    [Fact]
    public void Victims_kept_are_found_by_id_and_collected_in_id_order_whatever_order_they_were_met_and_retired_in()
    {
        // Forces 0-3 and sequences either side of chunk edges, met in rounds of a window each; some retired after their round.
        var victims = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3_000], Gen.Bool, Gen.Int[0, 2]).Array[1, 80];
        victims.Sample(drawn =>
        {
            var protocol = Started();
            var kept = new SortedSet<long>();
            var retired = new HashSet<long>();
            var sequence = 0L;
            for (var round = 0; round < 3; round++)
            {
                var meet = drawn.Where(v => v.Item4 == round).Select(v => (Id: ((long)v.Item1 << 40) | (long)v.Item2, Retire: v.Item3))
                    .Where(v => !kept.Contains(v.Id) && !retired.Contains(v.Id)).DistinctBy(v => v.Id).ToList();
                protocol.Route([.. meet.Select(v => Shared(to: v.Id, at: protocol.Window < 0 ? 0 : protocol.WindowEnd, sequence: sequence++))]);
                Assert.True(protocol.NextWindow());
                foreach (var (id, retire) in meet)
                {
                    kept.Add(id);
                    if (retire)
                    {
                        protocol.Retire(protocol.Victim(id)!);
                        kept.Remove(id);
                        retired.Add(id);
                    }
                }
            }

            return protocol.VictimsById().Select(v => v.Id).SequenceEqual(kept)
                && protocol.VictimsMet == kept.Count
                && kept.All(id => protocol.Victim(id)?.Id == id)
                && retired.All(id => protocol.Victim(id) is null);
        });
    }

    [Fact]
    public void A_range_whose_victims_were_all_retired_still_meets_later_victims_of_that_range_and_refuses_the_retired()
    {
        var protocol = Started();
        var first = (1L << 40) | 5;
        var second = (1L << 40) | 6;
        protocol.Route([Shared(to: first, at: 0, sequence: 0), Shared(to: second, at: 0, sequence: 1)]);
        Assert.True(protocol.NextWindow());
        protocol.Retire(protocol.Victim(first)!);
        protocol.Retire(protocol.Victim(second)!);
        var later = (1L << 40) | 7;

        protocol.Route([Shared(to: later, at: W, sequence: 2)]);
        Assert.True(protocol.NextWindow());

        Assert.Equal([later], protocol.VictimsById().Select(v => v.Id));
        Assert.Throws<InvalidOperationException>(() => protocol.Route([Shared(to: first, at: 2 * W, sequence: 3)]));
    }

    [Fact]
    public void A_wake_up_list_reused_for_a_later_window_wakes_only_the_victims_filed_for_that_window()
    {
        var protocol = Started();
        var early = new LpId(LpKind.Victim, 1);
        var late = new LpId(LpKind.Victim, 2);
        protocol.Route([Shared(to: early.Id, at: 0, sequence: 0), Shared(to: late.Id, at: 0, sequence: 1)]);
        Assert.True(protocol.NextWindow());
        protocol.VictimStepped(protocol.Victim(early.Id)!, 1.5 * W);
        protocol.VictimStepped(protocol.Victim(late.Id)!, 3.5 * W);
        protocol.Route([]);
        var woken = new List<(long Window, long Victim)>();

        while (protocol.Window < 4 && protocol.NextWindow())
        {
            foreach (var due in protocol.DueVictims)
            {
                woken.Add((protocol.Window, due.Id));
                protocol.VictimStepped(due, double.PositiveInfinity);
            }

            protocol.Route([]);
        }

        Assert.Equal([(1L, early.Id), (3L, late.Id)], woken);
    }

    private static WindowProtocol<object> Started()
    {
        var protocol = new WindowProtocol<object>(Model, _ => new object());
        for (var i = 0; i < protocol.Fixed.Count; i++)
        {
            protocol.FixedStepped(i, double.PositiveInfinity);
        }

        return protocol;
    }

    private static RecordShared Shared(long to, double at, long sequence) =>
        new() { EffectTime = at, Sender = Room, Target = new LpId(LpKind.Victim, to), Sequence = sequence, VictimId = 1 };
}
