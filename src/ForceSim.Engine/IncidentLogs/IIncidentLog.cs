namespace ForceSim.Engine.IncidentLogs;

/// <summary>
/// Where a control room reports each incident it closes, for an incident-level extract (a CAD log). The engine's
/// measures never read it: it is a view of the run for export, so a run with or without a log gives the same results.
/// </summary>
public interface IIncidentLog
{
    /// <summary>Called once per public incident as it is closed (other work, with no caller, is not logged).</summary>
    void Closed(in IncidentRecord incident);
}
