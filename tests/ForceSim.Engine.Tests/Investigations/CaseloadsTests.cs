using CsCheck;
using ForceSim.Engine.Investigations;

namespace ForceSim.Engine.Tests.Investigations;

/// <summary>The next case goes to the investigator with fewest open cases, the lowest number on a tie, however caseloads have moved.</summary>
public sealed class CaseloadsTests
{
    [Fact]
    public void A_new_case_goes_to_the_investigator_with_fewest_open_cases_and_the_lowest_number_on_a_tie()
    {
        var caseloads = new Caseloads(3);
        Allocate(caseloads, 1);
        Allocate(caseloads, 1);
        Allocate(caseloads, 1);

        Assert.Equal(0, caseloads.LeastLoaded()); // 0, 3, 0 open cases
        Allocate(caseloads, 0);
        Assert.Equal(2, caseloads.LeastLoaded()); // 1, 3, 0
        Allocate(caseloads, 2);
        Allocate(caseloads, 2);
        Allocate(caseloads, 0);
        Close(caseloads, 1, 0);
        Close(caseloads, 1, 0);
        Assert.Equal(1, caseloads.LeastLoaded()); // 2, 1, 2
    }

    /// <summary>Any mix of allocations and closures: the choice matches a search of every caseload.</summary>
    [Fact]
    public void The_least_loaded_investigator_matches_a_search_of_every_caseload_after_any_allocations_and_closures()
    {
        Gen.Select(Gen.Int[1, 30], Gen.Select(Gen.Bool, Gen.Int[0, 1000]).Array[1, 400]).Sample((investigators, steps) =>
        {
            var caseloads = new Caseloads(investigators);
            foreach (var (allocate, pick) in steps)
            {
                if (allocate)
                {
                    var expected = Enumerable.Range(0, investigators).MinBy(i => (caseloads.Of(i).Length, i));
                    Assert.Equal(expected, caseloads.LeastLoaded());
                    Allocate(caseloads, expected);
                }
                else
                {
                    var investigator = pick % investigators;
                    if (caseloads.Of(investigator).Length > 0)
                    {
                        Close(caseloads, investigator, pick % caseloads.Of(investigator).Length);
                    }
                }
            }
        });
    }

    /// <summary>
    /// The entries replaced a list of cases per investigator: after any allocations and closures (several a day), each
    /// caseload holds the same open cases in the same order as that list would, and the open count is their sum.
    /// </summary>
    [Fact]
    public void Caseloads_keep_the_open_cases_in_allocation_order_as_a_list_of_cases_would_after_any_closures()
    {
        Gen.Select(Gen.Int[1, 8], Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1000]).Array[1, 300]).Sample((investigators, steps) =>
        {
            var caseloads = new Caseloads(investigators);
            var expected = Enumerable.Range(0, investigators).Select(_ => new List<Case>()).ToArray();
            foreach (var (action, pick) in steps)
            {
                var investigator = pick % investigators;
                var count = caseloads.Of(investigator).Length;
                if (action == 0 || count == 0)
                {
                    expected[investigator].Add(Allocate(caseloads, investigator));
                    continue;
                }

                // Close one or two cases of the investigator before taking them off, as a day's work can.
                for (var k = 0; k < action && k < count; k++)
                {
                    ref var entry = ref caseloads.Of(investigator)[(pick + (k * 7)) % count];
                    if (!entry.Closed)
                    {
                        entry.Item.Close();
                        entry.Refresh();
                    }
                }

                caseloads.RemoveClosed(investigator);
                expected[investigator].RemoveAll(c => c.Closed);
            }

            for (var i = 0; i < investigators; i++)
            {
                Assert.Equal(expected[i], caseloads.Of(i).ToArray().Select(e => e.Item));
            }

            Assert.Equal(expected.Sum(c => c.Count), caseloads.OpenCases);
        });
    }

    /// <summary>Closes a case the way the day's work does: through its entry, then off the caseload.</summary>
    private static void Close(Caseloads caseloads, int investigator, int index)
    {
        ref var entry = ref caseloads.Of(investigator)[index];
        entry.Item.Close();
        entry.Refresh();
        caseloads.RemoveClosed(investigator);
    }

    private static Case Allocate(Caseloads caseloads, int investigator)
    {
        var item = new Case
        {
            CrimeId = 1,
            VictimId = 0,
            RecordedAt = 0,
            CrimeClass = "",
            AllocatedAt = 0,
            Investigator = investigator,
            LineHours = [1.0],
            UPlan = 0.5,
            UCharge = 0.5,
            NextReviewDue = 0,
            NextUpdateDue = 0,
        };
        caseloads.Add(item);
        return item;
    }
}
