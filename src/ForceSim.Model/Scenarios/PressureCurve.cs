namespace ForceSim.Model.Scenarios;

/// <summary>
/// How a share of work done falls as pressure rises: points (pressure, share), joined by straight lines and flat beyond
/// the first and last. Handlers skip discretionary assessments when callers are waiting; officers with a backlog of
/// write-ups record less; a curve lets a scenario say how steeply, from its sources or an assumption.
/// </summary>
public sealed record PressureCurve
{
    public PressureCurve(IReadOnlyList<CurvePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("A pressure curve needs at least one point.", nameof(points));
        }

        Points = points;
        _pressures = [.. points.Select(p => p.Pressure)];
        _shares = [.. points.Select(p => p.Share)];
        IsConstant = _shares.All(share => share == _shares[0]);
    }

    // The points as arrays: the share is looked up on every call answered and every crime decided.
    private readonly double[] _pressures;
    private readonly double[] _shares;

    /// <summary>The same share whatever the pressure.</summary>
    public static PressureCurve Constant(double share) => new([new CurvePoint(0, share)]);

    /// <summary>Points in increasing pressure.</summary>
    public IReadOnlyList<CurvePoint> Points { get; }

    public bool IsConstant { get; }

    public bool Equals(PressureCurve? other) => other is not null && Points.SequenceEqual(other.Points);

    public override int GetHashCode() => Points.Aggregate(Points.Count, (hash, p) => HashCode.Combine(hash, p.Pressure, p.Share));

    public double ShareAt(double pressure)
    {
        var shares = _shares;
        if (IsConstant || pressure <= _pressures[0])
        {
            return shares[0];
        }

        var pressures = _pressures;
        for (var i = 1; i < pressures.Length; i++)
        {
            if (pressure <= pressures[i])
            {
                var (x0, x1) = (pressures[i - 1], pressures[i]);
                return x1 == x0 ? shares[i] : shares[i - 1] + ((shares[i] - shares[i - 1]) * (pressure - x0) / (x1 - x0));
            }
        }

        return shares[^1];
    }
}
