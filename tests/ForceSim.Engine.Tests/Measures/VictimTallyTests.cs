using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Tests.Measures;

/// <summary>The victims' tally sums exactly, so a host may add victims in whatever order they finish.</summary>
public sealed class VictimTallyTests
{
    [Fact]
    public void Victims_confidence_sums_to_the_same_total_in_any_order()
    {
        var confidences = Enumerable.Range(0, 10_000).Select(i => ((i * 7919) % 10_007) / 10_007.0).ToArray();
        var forwards = new VictimTally();
        var backwards = new VictimTally();
        var halves = (new VictimTally(), new VictimTally());

        foreach (var c in confidences)
        {
            forwards.AddConfidence(c);
        }

        foreach (var c in confidences.Reverse())
        {
            backwards.AddConfidence(c);
        }

        for (var i = 0; i < confidences.Length; i++)
        {
            (i % 2 == 0 ? halves.Item1 : halves.Item2).AddConfidence(confidences[i]);
        }

        halves.Item2.Merge(halves.Item1);
        Assert.Equal(forwards.ConfidenceSum, backwards.ConfidenceSum);
        Assert.Equal(forwards.ConfidenceSum, halves.Item2.ConfidenceSum);
        Assert.Equal(confidences.Sum(), forwards.ConfidenceSum, precision: 9);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void A_confidence_outside_zero_to_one_is_refused(double confidence) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new VictimTally().AddConfidence(confidence));
}
