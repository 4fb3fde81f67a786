using ForceSim.Experiments.Posteriors;

namespace ForceSim.Experiments.Tests.Posteriors;

/// <summary>Each replication's posterior row: drawn by weight, from a stream that depends only on the seed and the replication.</summary>
public sealed class PosteriorDrawsTests
{
    private static readonly Posterior Weighted = new(
        1,
        "test",
        null,
        null,
        ["a"],
        [new PosteriorDraw(0, 0.6, [1]), new PosteriorDraw(1, 0, [2]), new PosteriorDraw(2, 0.3, [3]), new PosteriorDraw(3, 0.1, [4])]);

    [Fact]
    public void Posterior_rows_are_drawn_in_proportion_to_their_weights_and_a_zero_weight_row_never()
    {
        var draws = PosteriorDraws.ForReplications(Weighted, seed: 7, replications: 20000);

        var counts = Enumerable.Range(0, 4).Select(d => draws.Count(x => x == d) / 20000.0).ToArray();
        Assert.Equal(0, counts[1]);
        Assert.InRange(counts[0], 0.58, 0.62);
        Assert.InRange(counts[2], 0.28, 0.32);
        Assert.InRange(counts[3], 0.08, 0.12);
    }

    [Fact]
    public void Posterior_draw_of_a_replication_depends_only_on_the_seed_and_the_replication()
    {
        var first = PosteriorDraws.ForReplications(Weighted, seed: 7, replications: 50);

        Assert.Equal(first, Enumerable.Range(0, 50).Reverse().Select(r => PosteriorDraws.For(Weighted, 7, r)).Reverse());
        Assert.Equal(first.Take(10), PosteriorDraws.ForReplications(Weighted, seed: 7, replications: 10));
        Assert.NotEqual(first, PosteriorDraws.ForReplications(Weighted, seed: 8, replications: 50));
    }
}
