namespace ForceSim.Engine.Measures;

/// <summary>
/// The part of a run that counts: after warm-up, up to the end of the horizon (minutes). The Monday offset
/// places simulated time zero in the week, for hour-of-week profiles.
/// </summary>
public readonly record struct MeasuredPeriod(double Start, double End, int MondayOffsetHours = 0)
{
    public double Minutes => End - Start;

    public bool Contains(double time) => time >= Start && time < End;
}
