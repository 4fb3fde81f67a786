namespace ForceSim.Model.Scenarios;

/// <summary>Incident grades in order of urgency; a lower value is dispatched first.</summary>
public enum Grade
{
    Emergency = 0,
    Priority = 1,
    Scheduled = 2,

    /// <summary>Resolved without deployment (by phone, online or at a desk).</summary>
    Resolution = 3,
}
