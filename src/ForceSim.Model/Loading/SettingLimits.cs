namespace ForceSim.Model.Loading;

/// <summary>
/// The allowed ranges of the staffing and policy settings a chief officer changes, in one place: the binders check
/// them and the lever catalogue offers them, so a lever never allows what the loader refuses.
/// </summary>
public static class SettingLimits
{
    /// <summary>Most <c>staff</c> or <c>units</c> on one shift (and units at one station on a shift).</summary>
    public const int MaxShiftCount = 10_000;

    /// <summary>Most call handlers or response units held back for emergencies (<c>reserved_for_emergency</c>).</summary>
    public const int MaxReservedForEmergency = 1_000;

    /// <summary>Fewest <c>investigation.investigators</c>: an investigation function has someone to allocate to.</summary>
    public const int MinInvestigators = 1;

    /// <summary>Most <c>investigation.investigators</c>.</summary>
    public const int MaxInvestigators = 20_000;

    /// <summary>Most <c>investigation.supervisors</c> (the fewest is 0).</summary>
    public const int MaxSupervisors = 5_000;

    /// <summary>Fewest <c>mutual_aid.request_when_waiting</c>.</summary>
    public const int MinMutualAidRequestWhenWaiting = 1;

    /// <summary>Most <c>mutual_aid.request_when_waiting</c> and <c>mutual_aid.lend_when_free</c>.</summary>
    public const int MaxMutualAidThreshold = 1_000;

    /// <summary>Fewest <c>mutual_aid.units</c> in one request.</summary>
    public const int MinMutualAidUnits = 1;

    /// <summary>Most <c>mutual_aid.units</c> in one request.</summary>
    public const int MaxMutualAidUnits = 50;
}
