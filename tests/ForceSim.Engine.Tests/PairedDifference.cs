using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests;

/// <summary>
/// Paired comparison of one measure between two runs with the same seed: with common random numbers
/// each replication's difference has little noise, so a real effect shows as an interval clear of zero.
/// </summary>
public static class PairedDifference
{
    public static MeasureSummary Of(ExperimentResult baseline, ExperimentResult option, string measure)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(option);
        var differences = baseline.Replications.Zip(option.Replications, (b, o) => o.Measures[measure] - b.Measures[measure]);
        return MeasureSummary.Of(differences);
    }

    public static void AssertIncreases(ExperimentResult baseline, ExperimentResult option, string measure)
    {
        var d = Of(baseline, option, measure);
        Assert.True(d.Lower > 0, $"{measure} should rise: paired difference {d.Mean} with 95% CI [{d.Lower}, {d.Upper}]");
    }

    public static void AssertDecreases(ExperimentResult baseline, ExperimentResult option, string measure)
    {
        var d = Of(baseline, option, measure);
        Assert.True(d.Upper < 0, $"{measure} should fall: paired difference {d.Mean} with 95% CI [{d.Lower}, {d.Upper}]");
    }
}
