using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Everything about a contact that is fixed when it arrives: who rings, about what, and every random draw its
/// later decisions will use. Drawing it all at once, in arrival order, means a what-if that changes staffing or
/// policy sees the same callers with the same needs (common random numbers).
/// </summary>
public readonly record struct ContactProfile
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

    /// <summary>Index of the area the incident is in (0 for a force without geography).</summary>
    public int Area { get; init; }

    /// <summary>Multiplies the expected minutes of the journey to the incident (travel matrix variability); 1 by default.</summary>
    public double JourneyFactor { get; init; }

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

    /// <summary>Minutes a structured assessment would add to this call, if the handler does one.</summary>
    public double StructuredMinutes { get; init; }

    /// <summary>Minutes a repeat-victim check would add to this call, if the handler does one.</summary>
    public double CheckMinutes { get; init; }

    /// <summary>Compared with the chance that a records search finds this caller's earlier contacts.</summary>
    public double UMatch { get; init; }

    /// <summary>Compared with the share of victims who support a prosecution.</summary>
    public double USupports { get; init; }

    /// <summary>Compared with the share of scheduled incidents a desk resolves without a unit.</summary>
    public double UDesk { get; init; }

    /// <summary>
    /// Seeds the draws for the crimes beyond the one reported (further and disclosed crimes, and whether each is
    /// recorded): a fixed number of draws now, however many crimes the incident turns out to hold.
    /// </summary>
    public ulong FurtherCrimesSeed { get; init; }
}
