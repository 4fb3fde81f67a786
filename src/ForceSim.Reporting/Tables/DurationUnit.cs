namespace ForceSim.Reporting.Tables;

/// <summary>The unit a wait is shown in, chosen for its size by <see cref="DurationFormat"/>.</summary>
public enum DurationUnit
{
    Seconds,
    Minutes,
    Hours,
    Days,
}
