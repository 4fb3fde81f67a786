namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>response</c>: the force's response units (crews), their shifts and what takes them away.</summary>
public sealed record ResponseSettings
{
    /// <summary><c>crew_size</c>: officers per unit, 1..4 (for cost).</summary>
    public int CrewSize { get; init; } = 2;

    /// <summary><c>shifts</c>: each shift's <c>units</c>; a unit on a shift works it every day unless abstracted.</summary>
    public required IReadOnlyList<StaffShift> Shifts { get; init; }

    /// <summary><c>abstraction</c>: per-shift chance a unit is abstracted, by reason; the sum must be below 1.</summary>
    public AbstractionRates Abstraction { get; init; } = new();

    /// <summary>
    /// <c>reserved_for_emergency</c>: units held back for emergencies: a priority or scheduled incident is sent a
    /// unit only while more than this many would stay free, 0..1000.
    /// </summary>
    public int ReservedForEmergency { get; init; }

    /// <summary><c>paperwork_minutes_per_crime</c>: write-up time after attending a crime, done at the start of the unit's next shift, 0..600.</summary>
    public double PaperworkMinutesPerCrime { get; init; }

    /// <summary><c>other_work</c>: response work that is not a public call.</summary>
    public IReadOnlyList<OtherWork> OtherWork { get; init; } = [];

    /// <summary><c>scheduled</c>: desk resolution and appointments for scheduled incidents.</summary>
    public ScheduledSettings Scheduled { get; init; } = new();

    /// <summary><c>max_paperwork_minutes_per_shift</c>: cap on the write-up time taken at a shift's start, 0..720.</summary>
    public double MaxPaperworkMinutesPerShift { get; init; } = 120;

    /// <summary><c>after_clearing</c>: where a unit goes after clearing an incident, in a force with geography.</summary>
    public AfterClearing AfterClearing { get; init; } = AfterClearing.ReturnToStation;
}
