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
        var first = Allocate(caseloads, 1);
        var second = Allocate(caseloads, 1);
        Allocate(caseloads, 1);

        Assert.Equal(0, caseloads.LeastLoaded()); // 0, 3, 0 open cases
        Allocate(caseloads, 0);
        Assert.Equal(2, caseloads.LeastLoaded()); // 1, 3, 0
        Allocate(caseloads, 2);
        Allocate(caseloads, 2);
        Allocate(caseloads, 0);
        first.Close();
        second.Close();
        caseloads.RemoveClosed(1);
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
                    var expected = Enumerable.Range(0, investigators).MinBy(i => (caseloads.Of(i).Count, i));
                    Assert.Equal(expected, caseloads.LeastLoaded());
                    Allocate(caseloads, expected);
                }
                else
                {
                    var investigator = pick % investigators;
                    if (caseloads.Of(investigator).Count > 0)
                    {
                        caseloads.Of(investigator)[pick % caseloads.Of(investigator).Count].Close();
                        caseloads.RemoveClosed(investigator);
                    }
                }
            }
        });
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
