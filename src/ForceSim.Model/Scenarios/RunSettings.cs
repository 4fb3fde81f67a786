namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>run</c>. How long, how often and from which seed.</summary>
public sealed record RunSettings
{
    /// <summary><c>seed</c>: any integer 0..2^63-1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary><c>replications</c>: 1..10000.</summary>
    public int Replications { get; init; } = 10;

    /// <summary><c>horizon_days</c>: measured period after warm-up, 1..3660.</summary>
    public double HorizonDays { get; init; } = 365;

    /// <summary><c>warmup_days</c>: discarded start-up period, 0..365.</summary>
    public double WarmupDays { get; init; } = 7;

    /// <summary><c>window_minutes</c>: LP synchronisation window, 1..1440; must divide 1440 evenly.</summary>
    public double WindowMinutes { get; init; } = 60;

    /// <summary><c>start_date</c> (yyyy-mm-dd): fixes weekday and month of simulated time zero.</summary>
    public DateOnly StartDate { get; init; } = new(2021, 4, 1);
}
