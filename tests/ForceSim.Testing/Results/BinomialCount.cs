using System.Globalization;

namespace ForceSim.Testing.Results;

/// <summary>
/// Checks a count of successes in independent trials against the probability that should drive it. The bound is
/// 4.5 binomial standard deviations, sqrt(n·p·(1 − p)), either side of n·p: a fair count falls outside with
/// probability below 1e-5 (normal approximation), so reseeding the engine does not turn a test red for nothing,
/// while a count driven by the wrong probability is usually many deviations away.
/// </summary>
public static class BinomialCount
{
    public const double StandardDeviations = 4.5;

    /// <summary>Asserts <paramref name="successes"/> out of <paramref name="trials"/> is a plausible draw at <paramref name="probability"/>.</summary>
    public static void AssertPlausible(string what, long successes, long trials, double probability)
    {
        var (lower, upper) = Bounds(trials, probability);
        Assert.True(
            successes >= lower && successes <= upper,
            string.Create(CultureInfo.InvariantCulture, $"{what}: {successes} of {trials}, but at p = {probability} the count should lie in [{lower:0.#}, {upper:0.#}]"));
    }

    /// <summary>The accepted range of counts out of <paramref name="trials"/> at <paramref name="probability"/>.</summary>
    public static (double Lower, double Upper) Bounds(long trials, double probability)
    {
        var mean = trials * probability;
        var halfWidth = StandardDeviations * Math.Sqrt(trials * probability * (1 - probability));
        return (mean - halfWidth, mean + halfWidth);
    }
}
