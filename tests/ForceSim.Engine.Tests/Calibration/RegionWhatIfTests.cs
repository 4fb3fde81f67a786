using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Calibration;

/// <summary>The shipped Eastern region scenario and its what-ifs: shared records and mutual aid do what they say.</summary>
public sealed class RegionWhatIfTests
{
    private static ExperimentResult Run(string file, int replications = 2, double days = 60) =>
        ExperimentRunner.Run(TestScenarios.Shorten(TestScenarios.Load(file), days, replications));

    [Fact]
    public void Shared_records_let_every_force_recognise_repeat_victims_who_crossed_a_border()
    {
        var baseline = Run("eastern-region.yaml");
        var shared = Run("whatif/region-shared-records.yaml");

        foreach (var force in baseline.ForceSummaries.Keys)
        {
            Assert.Equal(0, baseline.ForceSummaries[force]["triage.cross_border_repeats_identified"].Mean);
            Assert.True(shared.ForceSummaries[force]["triage.cross_border_repeats_identified"].Mean > 0.5, force);
        }

        PairedDifference.AssertIncreases(baseline, shared, "triage.repeat_victims_identified");
    }

    [Fact]
    public void Under_mutual_aid_every_force_borrows_and_lends_units()
    {
        var aid = Run("whatif/region-mutual-aid.yaml");

        Assert.Equal(6, aid.ForceSummaries.Count);
        Assert.All(aid.ForceSummaries.Values, force =>
        {
            Assert.True(force["response.mutual_aid_units_borrowed_per_year"].Mean > 0);
            Assert.True(force["response.mutual_aid_units_lent_per_year"].Mean > 0);
        });
    }

    [Fact]
    public void A_regional_run_is_the_same_whether_replications_run_in_parallel_or_not()
    {
        var scenario = TestScenarios.Shorten(TestScenarios.Load("whatif/region-mutual-aid.yaml"), days: 20, replications: 2);
        var sequential = ExperimentRunner.Run(scenario, new ExperimentOptions { MaxParallelism = 1 });
        var parallel = ExperimentRunner.Run(scenario, new ExperimentOptions { MaxParallelism = 2 });

        for (var i = 0; i < 2; i++)
        {
            foreach (var (force, measures) in sequential.Replications[i].Forces)
            {
                Assert.Equal(measures, parallel.Replications[i].Forces[force]);
            }
        }
    }
}
