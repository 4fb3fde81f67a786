namespace ForceSim.Engine.IncidentLogs;

/// <summary>The log of a run nobody exports: does nothing, so the control room never has to ask whether to log.</summary>
public sealed class NullIncidentLog : IIncidentLog
{
    public static readonly NullIncidentLog Instance = new();

    private NullIncidentLog()
    {
    }

    public void Closed(in IncidentRecord incident)
    {
    }
}
