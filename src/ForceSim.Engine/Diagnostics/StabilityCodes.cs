namespace ForceSim.Engine.Diagnostics;

/// <summary>The machine-readable codes of the stability diagnostics, as results.json writes them.</summary>
public static class StabilityCodes
{
    public const string UtilisationAtOrAboveOne = "utilisation_at_or_above_one";
    public const string QueueGrows = "queue_grows";
    public const string IncidentsNotAttended = "incidents_not_attended";
    public const string InvestigationsNotClosed = "investigations_not_closed";
    public const string DemandRises = "demand_rises";
    public const string WarmupTooShort = "warmup_too_short";
}
