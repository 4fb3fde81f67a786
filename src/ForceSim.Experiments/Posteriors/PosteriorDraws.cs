using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;

namespace ForceSim.Experiments.Posteriors;

/// <summary>
/// Which posterior row each replication runs with. Replication r draws from its own stream (seed, r, "posterior"), which no
/// LP uses, so the draw depends only on the seed and r: base and what-if, every sweep variant and budget trial get the
/// same parameter set in replication r, and comparisons stay paired.
/// </summary>
public static class PosteriorDraws
{
    public const string Purpose = "posterior";

    /// <summary>The row replication <paramref name="replication"/> draws, with probability its weight.</summary>
    public static int For(Posterior posterior, long seed, int replication)
    {
        ArgumentNullException.ThrowIfNull(posterior);
        // LP kind 0 is no LP's, so this stream is independent of every stream the model draws from.
        var random = SeededRandom.For(seed, replication, default(LpKind), 0, Purpose);
        var u = random.NextDouble();
        var cumulative = 0.0;
        var last = 0;
        for (var i = 0; i < posterior.Draws.Count; i++)
        {
            var weight = posterior.Draws[i].Weight;
            if (weight <= 0)
            {
                continue;
            }

            last = i;
            cumulative += weight;
            if (u < cumulative)
            {
                return i;
            }
        }

        // Rounding can leave the weights summing just under 1: the last row that can be drawn takes the remainder.
        return last;
    }

    /// <summary>The rows of replications 0 to <paramref name="replications"/> − 1.</summary>
    public static IReadOnlyList<int> ForReplications(Posterior posterior, long seed, int replications) =>
        [.. Enumerable.Range(0, replications).Select(r => For(posterior, seed, r))];
}
