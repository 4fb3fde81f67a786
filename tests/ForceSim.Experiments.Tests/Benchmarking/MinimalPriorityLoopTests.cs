using ForceSim.Experiments.Benchmarking;
using ForceSim.Experiments.Scenarios;

namespace ForceSim.Experiments.Tests.Benchmarking;

/// <summary>
/// The bench's minimal hand-written loop is a real simulation of the canonical model: it reads the same queue out of
/// benchmarks/canonical-mm20.yaml and its mean waits by grade agree with Cobham's exact non-preemptive priority waits.
/// </summary>
public sealed class MinimalPriorityLoopTests
{
    private static readonly MinimalLoopModel Canonical =
        MinimalLoopModel.From(ScenarioInput.Load(RepositoryPaths.Scenario("benchmarks/canonical-mm20.yaml"), replications: 1));

    [Fact]
    public void Model_reads_the_canonical_M_M_20_priority_queue_from_the_benchmark_scenario()
    {
        Assert.Equal(20, Canonical.Units);
        Assert.Equal(17 / 60.0, Canonical.ArrivalsPerMinute, 12);
        Assert.Equal([0.3, 0.7], Canonical.ClassShares.Select(s => Math.Round(s, 12)));
        Assert.Equal([60.0, 60.0], Canonical.ClassServiceMinutes);
        Assert.Equal(2451 * 1440.0, Canonical.HorizonMinutes);
    }

    /// <summary>
    /// About a million incidents per seed. At ρ = 0.85 the lower grade's mean wait varies by a few per cent between runs of
    /// this length, so each of three seeds must come within 6% (emergency) and 12% (priority) of Cobham's waits.
    /// </summary>
    [Theory]
    [InlineData(3003)]
    [InlineData(1)]
    [InlineData(20261205)]
    public void Mean_waits_by_grade_agree_with_Cobham(long seed)
    {
        var result = MinimalPriorityLoop.Run(Canonical with { Seed = seed });

        var exact = QueueingFormulas.CobhamWaits(Canonical.Units, Canonical.ClassArrivalsPerMinute, 1 / 60.0);
        Assert.InRange(result.MeanWaitMinutes[0], exact[0] * 0.94, exact[0] * 1.06);
        Assert.InRange(result.MeanWaitMinutes[1], exact[1] * 0.88, exact[1] * 1.12);
    }

    [Fact]
    public void Incidents_arrive_at_the_scenario_rate()
    {
        var result = MinimalPriorityLoop.Run(Canonical);

        // Poisson count: five standard deviations either side of λT.
        var expected = Canonical.ArrivalsPerMinute * Canonical.HorizonMinutes;
        Assert.InRange(result.Incidents, expected - (5 * Math.Sqrt(expected)), expected + (5 * Math.Sqrt(expected)));
        Assert.InRange(result.Events, (2 * result.Incidents) - 1000, 2 * result.Incidents);
    }

    [Fact]
    public void Same_seed_gives_the_same_waits() =>
        Assert.Equal(MinimalPriorityLoop.Run(Canonical with { HorizonMinutes = 30 * 1440 }).MeanWaitMinutes, MinimalPriorityLoop.Run(Canonical with { HorizonMinutes = 30 * 1440 }).MeanWaitMinutes);

    [Fact]
    public void Model_refuses_a_scenario_that_is_not_a_textbook_queue() =>
        Assert.Throws<InvalidRequestException>(() => MinimalLoopModel.From(ScenarioInput.Load(RepositoryPaths.Scenario("eastern-region.yaml"), replications: 1)));
}
