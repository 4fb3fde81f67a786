using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Comparing;

namespace ForceSim.Experiments.Tests.Comparing;

public sealed class PairedComparisonTests(PairedComparisonTests.Runs runs) : IClassFixture<PairedComparisonTests.Runs>
{
    private ExperimentResult Baseline => runs.Baseline;

    private ExperimentResult MoreHandlers => runs.MoreHandlers;

    [Theory]
    [InlineData(MeasureNames.NonEmergencyMeanAnswerSeconds)]
    [InlineData(MeasureNames.NonEmergencyAbandoned)]
    [InlineData(MeasureNames.AttendanceWithinTarget)]
    public void The_paired_interval_is_narrower_than_the_unpaired_one_on_a_shipped_overlay(string measure)
    {
        var d = PairedComparison.Of(Baseline, MoreHandlers, measure);

        var paired = d.Upper!.Value - d.Lower!.Value;
        var unpaired = d.UnpairedUpper!.Value - d.UnpairedLower!.Value;
        Assert.True(paired < unpaired, $"{measure}: paired width {paired} vs unpaired {unpaired}");
    }

    [Fact]
    public void A_real_effect_is_flagged_and_an_untouched_measure_is_not()
    {
        var waits = PairedComparison.Of(Baseline, MoreHandlers, MeasureNames.NonEmergencyMeanAnswerSeconds);
        var cost = PairedComparison.Of(Baseline, MoreHandlers, "cost.investigator_gbp");

        Assert.True(waits.Distinguishable);
        Assert.True(waits.Difference < 0);
        Assert.False(cost.Distinguishable);
        Assert.Equal(0, cost.Difference);
    }

    [Fact]
    public void The_difference_is_the_option_mean_minus_the_base_mean()
    {
        var d = PairedComparison.Of(Baseline, MoreHandlers, MeasureNames.NonEmergencyAbandoned);
        Assert.Equal(d.OptionMean!.Value - d.BaseMean!.Value, d.Difference!.Value, precision: 12);
    }

    [Fact]
    public void Runs_with_different_seeds_cannot_be_paired()
    {
        var other = Baseline with { Seed = Baseline.Seed + 1 };
        Assert.Throws<ArgumentException>(() => PairedComparison.Of(Baseline, other, MeasureNames.AnnualCost));
    }

    /// <summary>The baseline and the 20-more-call-handlers overlay, 60 days and 5 replications each, run once for the tests.</summary>
    public sealed class Runs : IAsyncLifetime
    {
        public ExperimentResult Baseline { get; private set; } = null!;

        public ExperimentResult MoreHandlers { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Baseline = await Run("cambridgeshire-2022.yaml");
            MoreHandlers = await Run("whatif/plus-20-call-handlers.yaml");
        }

        public Task DisposeAsync() => Task.CompletedTask;

        private static Task<ExperimentResult> Run(string file) =>
            ExperimentRunner.RunAsync(TestScenarios.Shorten(TestScenarios.Load(file), days: 60, replications: 5));
    }
}
