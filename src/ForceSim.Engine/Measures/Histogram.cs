namespace ForceSim.Engine.Measures;

/// <summary>
/// Fixed-width histogram with exact count and sum: quantiles and distribution checks without
/// storing each observation, and mergeable across LPs and replications.
/// </summary>
public sealed class Histogram
{
    private readonly long[] _bins;

    public Histogram(double binWidth, double upperLimit)
    {
        BinWidth = binWidth;
        _bins = new long[(int)Math.Ceiling(upperLimit / binWidth)];
    }

    public double BinWidth { get; }

    public long Count { get; private set; }

    public double Sum { get; private set; }

    /// <summary>Observations beyond the last bin.</summary>
    public long Overflow { get; private set; }

    public double Mean => Count == 0 ? double.NaN : Sum / Count;

    public IReadOnlyList<long> Bins => _bins;

    public void Add(double value)
    {
        Count++;
        Sum += value;
        var index = (long)(value / BinWidth);
        if (index < _bins.Length)
        {
            _bins[Math.Max(index, 0)]++;
        }
        else
        {
            Overflow++;
        }
    }

    /// <summary>Share of observations ≤ x, interpolating linearly inside the bin that holds x.</summary>
    public double FractionAtMost(double x)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var position = x / BinWidth;
        var whole = (int)Math.Min(Math.Floor(position), _bins.Length);
        long below = 0;
        for (var i = 0; i < whole; i++)
        {
            below += _bins[i];
        }

        var partial = whole < _bins.Length ? _bins[whole] * (position - whole) : 0;
        return (below + partial) / Count;
    }

    /// <summary>The q-quantile, interpolating inside its bin; +∞ if it falls in the overflow.</summary>
    public double Quantile(double q)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var target = q * Count;
        double cumulative = 0;
        for (var i = 0; i < _bins.Length; i++)
        {
            if (_bins[i] > 0 && cumulative + _bins[i] >= target)
            {
                return (i + ((target - cumulative) / _bins[i])) * BinWidth;
            }

            cumulative += _bins[i];
        }

        return double.PositiveInfinity;
    }

    public void Merge(Histogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._bins.Length != _bins.Length || !other.BinWidth.Equals(BinWidth))
        {
            throw new ArgumentException("Histograms differ in shape.", nameof(other));
        }

        for (var i = 0; i < _bins.Length; i++)
        {
            _bins[i] += other._bins[i];
        }

        Count += other.Count;
        Sum += other.Sum;
        Overflow += other.Overflow;
    }
}
