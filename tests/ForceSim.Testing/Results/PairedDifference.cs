using ForceSim.Engine.Running;

namespace ForceSim.Testing.Results;

/// <summary>
/// Paired comparison of one measure between two runs with the same seed: with common random numbers
/// each replication's difference has little noise, so a real effect shows as an interval clear of zero.
/// </summary>
public static class PairedDifference
{
    /// <summary>The 95% interval of <paramref name="option"/> minus <paramref name="baseline"/>, replication by replication.</summary>
    public static MeasureSummary Of(ExperimentResult baseline, ExperimentResult option, string measure) =>
        Between(baseline, option, r => r.Measures[measure]);

    /// <summary>As <see cref="Of"/>, for one force's value of the measure.</summary>
    public static MeasureSummary OfForce(ExperimentResult baseline, ExperimentResult option, string force, string measure) =>
        Between(baseline, option, r => r.Forces[force][measure]);

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

    private static MeasureSummary Between(ExperimentResult baseline, ExperimentResult option, Func<ReplicationResult, double?> value)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(option);
        return MeasureSummary.Of(baseline.Replications.Zip(option.Replications, (b, o) => value(o) - value(b)));
    }
}
