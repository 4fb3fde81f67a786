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
    }

    /// <summary>The same share whatever the pressure.</summary>
    public static PressureCurve Constant(double share) => new([new CurvePoint(0, share)]);

    /// <summary>Points in increasing pressure.</summary>
    public IReadOnlyList<CurvePoint> Points { get; }

    public bool IsConstant => Points.All(p => p.Share == Points[0].Share);

    public bool Equals(PressureCurve? other) => other is not null && Points.SequenceEqual(other.Points);

    public override int GetHashCode() => Points.Aggregate(Points.Count, (hash, p) => HashCode.Combine(hash, p.Pressure, p.Share));

    public double ShareAt(double pressure)
    {
        var points = Points;
        if (pressure <= points[0].Pressure)
        {
            return points[0].Share;
        }

        for (var i = 1; i < points.Count; i++)
        {
            var (x1, y1) = points[i];
            if (pressure <= x1)
            {
                var (x0, y0) = points[i - 1];
                return x1 == x0 ? y1 : y0 + ((y1 - y0) * (pressure - x0) / (x1 - x0));
            }
        }

        return points[^1].Share;
    }
}
