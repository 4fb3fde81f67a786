namespace ForceSim.Engine.Measures;

/// <summary>
/// Fixed-width histogram with exact count and sum: quantiles and distribution checks without
/// storing each observation, and mergeable across LPs and replications.
/// </summary>
public sealed class Histogram
{
    private readonly int _binCount;

    // Allocated at the first observation: a partial tally from one LP leaves most histograms empty, and
    // their thousands of bins would otherwise be allocated, encoded and merged for nothing.
    private long[]? _bins;
    private long _count;
    private double _sum;
    private long _overflow;

    public Histogram(double binWidth, double upperLimit)
    {
        BinWidth = binWidth;
        _binCount = (int)Math.Ceiling(upperLimit / binWidth);
    }

    public double BinWidth { get; }

    public long Count => _count;

    public double Sum => _sum;

    /// <summary>Observations beyond the last bin.</summary>
    public long Overflow => _overflow;

    public double Mean => Count == 0 ? double.NaN : Sum / Count;

    public IReadOnlyList<long> Bins => BinArray();

    public void Add(double value)
    {
        _count++;
        _sum += value;
        var index = (long)(value / BinWidth);
        if (index < _binCount)
        {
            BinArray()[Math.Max(index, 0)]++;
        }
        else
        {
            _overflow++;
        }
    }

    /// <summary>Share of observations ≤ x, interpolating linearly inside the bin that holds x.</summary>
    public double FractionAtMost(double x)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var bins = BinArray();
        var position = x / BinWidth;
        var whole = (int)Math.Min(Math.Floor(position), bins.Length);
        long below = 0;
        for (var i = 0; i < whole; i++)
        {
            below += bins[i];
        }

        var partial = whole < bins.Length ? bins[whole] * (position - whole) : 0;
        return (below + partial) / Count;
    }

    /// <summary>The q-quantile, interpolating inside its bin; +∞ if it falls in the overflow.</summary>
    public double Quantile(double q)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var bins = BinArray();
        var target = q * Count;
        double cumulative = 0;
        for (var i = 0; i < bins.Length; i++)
        {
            if (bins[i] > 0 && cumulative + bins[i] >= target)
            {
                return (i + ((target - cumulative) / bins[i])) * BinWidth;
            }

            cumulative += bins[i];
        }

        return double.PositiveInfinity;
    }

    public void Merge(Histogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._binCount != _binCount || !other.BinWidth.Equals(BinWidth))
        {
            throw new ArgumentException("Histograms differ in shape.", nameof(other));
        }

        if (other._bins is not null)
        {
            var bins = BinArray();
            for (var i = 0; i < bins.Length; i++)
            {
                bins[i] += other._bins[i];
            }
        }

        _count += other._count;
        _sum += other._sum;
        _overflow += other._overflow;
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Shape(BinWidth);
        visitor.Counts(ref _bins, _binCount);
        visitor.Count(ref _count);
        visitor.Number(ref _sum);
        visitor.Count(ref _overflow);
    }

    private long[] BinArray() => _bins ??= new long[_binCount];
}
