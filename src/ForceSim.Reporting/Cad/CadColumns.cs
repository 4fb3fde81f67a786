namespace ForceSim.Reporting.Cad;

/// <summary>
/// The documented columns of an incident-level (CAD) extract, as <c>forcesim export cad</c> writes them and
/// <c>forcesim import cad</c> reads them (docs/cad-import.md). A force's own extract names them differently; the
/// import's column mapping says which of its columns is which, and no other column is ever read.
/// </summary>
public static class CadColumns
{
    public const string IncidentId = "incident_id";
    public const string Force = "force";
    public const string Created = "created";
    public const string Channel = "channel";
    public const string IncidentType = "incident_type";
    public const string Grade = "grade";
    public const string Area = "area";
    public const string Dispatched = "dispatched";
    public const string Arrived = "arrived";
    public const string Cleared = "cleared";
    public const string CrimeRecorded = "crime_recorded";

    /// <summary>Every column, in the order the export writes them.</summary>
    public static readonly IReadOnlyList<string> All =
        [IncidentId, Force, Created, Channel, IncidentType, Grade, Area, Dispatched, Arrived, Cleared, CrimeRecorded];

    /// <summary>The columns an import cannot fit anything without.</summary>
    public static readonly IReadOnlyList<string> Required = [Created, Channel, IncidentType, Grade];

    /// <summary>The date-time format of every time column: ISO 8601 local time of the scenario's clock, to the second.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss";
}
