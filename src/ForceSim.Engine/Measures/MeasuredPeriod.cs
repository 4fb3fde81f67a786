namespace ForceSim.Engine.Measures;

/// <summary>The part of a run that counts: after warm-up, up to the end of the horizon (minutes).</summary>
public readonly record struct MeasuredPeriod(double Start, double End)
{
    public double Minutes => End - Start;

    public bool Contains(double time) => time >= Start && time < End;
}
