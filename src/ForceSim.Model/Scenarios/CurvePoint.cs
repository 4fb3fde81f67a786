namespace ForceSim.Model.Scenarios;

/// <summary>One point of a <see cref="PressureCurve"/>: at this pressure, this share of the work is done.</summary>
public readonly record struct CurvePoint(double Pressure, double Share)
{
    public static implicit operator CurvePoint((double Pressure, double Share) point) => FromValueTuple(point);

    public static CurvePoint FromValueTuple((double Pressure, double Share) point) => new(point.Pressure, point.Share);
}
