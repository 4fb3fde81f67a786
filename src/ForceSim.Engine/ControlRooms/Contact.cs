using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// One contact from the public and, once graded, the incident it becomes. Every random attribute is
/// drawn when the contact arrives, in arrival order, so a what-if that changes staffing or policy
/// sees the same callers with the same needs (common random numbers).
/// </summary>
public sealed class Contact
{
    public int Force { get; init; }

    public Channel Channel { get; init; }

    public double ArrivalTime { get; init; }

    /// <summary>Whether the contact arrived in the measured period (only those are counted).</summary>
    public bool Counted { get; init; }

    /// <summary>0 when the contact has no identifiable victim.</summary>
    public long VictimId { get; init; }

    public int PriorContacts { get; init; }

    /// <summary>True when this victim's previous contact was with another force.</summary>
    public bool CrossBorder { get; init; }

    public int Type { get; init; }

    public bool Vulnerable { get; init; }

    public bool Crime { get; init; }

    public bool Urban { get; init; }

    /// <summary>Minutes the caller will wait before hanging up (+∞ for never).</summary>
    public double PatienceMinutes { get; init; }

    public double HandleMinutes { get; init; }

    /// <summary>Minutes into the call at which the incident is graded (never after the call ends).</summary>
    public double GradeAfterMinutes { get; init; }

    public double OnSceneMinutes { get; init; }

    /// <summary>Travel minutes when travel is a distribution; a uniform for the square-root law otherwise.</summary>
    public double TravelDraw { get; init; }

    public double SpillDelayMinutes { get; init; }

    // Uniform draws for each decision, compared with policy rates so a higher rate can only turn a "no" into a "yes".
    public double UStructured { get; init; }

    public double UCheck { get; init; }

    public double UVulnerabilityIdentified { get; init; }

    public double UUndergrade { get; init; }

    public double URecord { get; init; }

    public double UNotify { get; init; }

    public double USpill { get; init; }

    public ContactState State { get; set; }

    public double AnsweredAt { get; set; }

    public Grade NeededGrade { get; set; }

    public Grade GivenGrade { get; set; }

    public bool StructuredAssessment { get; set; }

    public bool CheckDone { get; set; }

    public bool RepeatIdentified { get; set; }

    public bool VulnerabilityIdentified { get; set; }

    public double AwaitingSince { get; set; }

    public double DispatchedAt { get; set; }

    public double ArrivedAt { get; set; }

    public bool Late { get; set; }

    public int UnitsNeeded { get; set; }

    /// <summary>Local index (within the force) of the first unit sent.</summary>
    public int FirstUnit { get; set; }

    /// <summary>Further units sent to an incident that needs more than one (empty otherwise, so most dispatches allocate nothing).</summary>
    public int[] OtherUnits { get; set; } = [];

    /// <summary>A copy that rings 999 after hanging up on 101: same caller, same incident.</summary>
    public Contact SpillToEmergency(double now, bool counted) => new()
    {
        Force = Force,
        Channel = Channel.Emergency,
        ArrivalTime = now,
        Counted = counted,
        VictimId = VictimId,
        PriorContacts = PriorContacts,
        CrossBorder = CrossBorder,
        Type = Type,
        Vulnerable = Vulnerable,
        Crime = Crime,
        Urban = Urban,
        PatienceMinutes = PatienceMinutes,
        HandleMinutes = HandleMinutes,
        GradeAfterMinutes = GradeAfterMinutes,
        OnSceneMinutes = OnSceneMinutes,
        TravelDraw = TravelDraw,
        SpillDelayMinutes = SpillDelayMinutes,
        UStructured = UStructured,
        UCheck = UCheck,
        UVulnerabilityIdentified = UVulnerabilityIdentified,
        UUndergrade = UUndergrade,
        URecord = URecord,
        UNotify = UNotify,
        USpill = 1.0, // a 999 caller does not spill again
    };
}
