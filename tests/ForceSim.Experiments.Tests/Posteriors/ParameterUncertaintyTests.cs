using ForceSim.Engine.Running;
using ForceSim.Experiments.Posteriors;

namespace ForceSim.Experiments.Tests.Posteriors;

/// <summary>The law-of-total-variance split from replications and their twins, checked against hand-worked numbers.</summary>
public sealed class ParameterUncertaintyTests
{
    [Fact]
    public void Split_takes_noise_from_twin_differences_and_gives_the_rest_of_the_variance_to_parameters()
    {
        // Parameter sets at 10, 20, 30, 40; each replication and its twin sit 1 either side of their set's value.
        var main = Result(9, 19, 29, 39);
        var twins = Replications(11, 21, 31, 41);

        var split = ParameterUncertainty.Split(main, twins)["m"];

        Assert.Equal(24, main.Summary["m"].Mean);
        Assert.Equal(Math.Sqrt(500 / 3.0), split.TotalSd, 9); // (15² + 5² + 5² + 15²) / 3
        Assert.Equal(Math.Sqrt(2.0), split.NoiseSd, 12); // (−2)² / 2 for every pair
        Assert.Equal(Math.Sqrt(166.66666666666666 - 2), split.ParameterSd, 9);
        Assert.Equal((166.66666666666666 - 2) / 166.66666666666666, split.ParameterShare, 9);
        Assert.True(split.NoiseOnlyLower < 24 && split.NoiseOnlyUpper > 24 && split.NoiseOnlyUpper - split.NoiseOnlyLower < 10);
    }

    [Fact]
    public void Split_gives_parameters_nothing_when_twins_differ_as_much_as_replications()
    {
        var split = ParameterUncertainty.Split(Result(1, 2, 1, 2), Replications(2, 1, 2, 1))["m"];

        Assert.Equal(0, split.ParameterSd);
        Assert.Equal(0, split.ParameterShare);
    }

    private static ExperimentResult Result(params double[] values) => new() { ScenarioName = "s", Seed = 1, Replications = Replications(values) };

    private static List<ReplicationResult> Replications(params double[] values) =>
        [.. values.Select((v, i) => new ReplicationResult { Replication = i, Measures = new(StringComparer.Ordinal) { ["m"] = v }, Forces = new(StringComparer.Ordinal) })];
}
