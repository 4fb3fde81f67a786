namespace ForceSim.Engine.Diagnostics;

/// <summary>
/// MSER-5 (White 1997; White, Cobb and Spratt 2000): batch the series into means of five observations and truncate
/// the d batches that minimise the marginal standard error of what is left, MSER(d) = Σ (Z_j − Z̄_d)² / (k − d)² over
/// the k − d batches kept. An initial transient inflates the spread of the kept batches until it is cut off; cutting
/// more only shrinks the sample. An optimum in the second half of the series means the series never settled.
/// </summary>
public static class Mser5
{
    public const int BatchSize = 5;

    /// <summary>
    /// Batches always kept (fewer, down to three, in a short series), so the end of the series cannot win by chance:
    /// with two or three batches left their spread is often tiny, the known end effect of MSER on a stationary series.
    /// </summary>
    public const int MinimumKeptBatches = 10;

    /// <summary>The optimal truncation, in observations (a multiple of five), and whether it lies in the series' second half.</summary>
    public static Mser5Result Truncation(IReadOnlyList<double> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var k = series.Count / BatchSize;
        if (k < 2)
        {
            return new Mser5Result(0, series.Count, false);
        }

        var batches = new double[k];
        for (var j = 0; j < k; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < BatchSize; i++)
            {
                sum += series[(j * BatchSize) + i];
            }

            batches[j] = sum / BatchSize;
        }

        var last = k - Math.Min(k, Math.Max(3, Math.Min(MinimumKeptBatches, k / 3)));
        var best = 0;
        var bestValue = double.PositiveInfinity;
        for (var d = 0; d <= last; d++)
        {
            var kept = k - d;
            var mean = 0.0;
            for (var j = d; j < k; j++)
            {
                mean += batches[j];
            }

            mean /= kept;
            var squares = 0.0;
            for (var j = d; j < k; j++)
            {
                squares += (batches[j] - mean) * (batches[j] - mean);
            }

            var value = squares / ((double)kept * kept);
            if (value < bestValue)
            {
                bestValue = value;
                best = d;
            }
        }

        return new Mser5Result(best * BatchSize, series.Count, best * 2 > k);
    }
}
