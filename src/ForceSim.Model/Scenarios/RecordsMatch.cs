namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: <c>triage.records_match</c>: the chance that a repeat-victim check finds an earlier contact, by what that contact
/// left on record. A crime record carries the victim's full details; an incident log often only a name and a phone number,
/// so name and address matching fails more often. A structured assessment asks for the details that make a match.
/// </summary>
public sealed record RecordsMatch
{
    /// <summary><c>incident_log.structured</c>: chance of finding a victim known only from incident logs, with a structured assessment, 0..1.</summary>
    public double IncidentLogStructured { get; init; } = 1;

    /// <summary><c>incident_log.unstructured</c>.</summary>
    public double IncidentLogUnstructured { get; init; } = 1;

    /// <summary><c>crime_record.structured</c>: chance of finding a victim with a recorded crime, with a structured assessment, 0..1.</summary>
    public double CrimeRecordStructured { get; init; } = 1;

    /// <summary><c>crime_record.unstructured</c>.</summary>
    public double CrimeRecordUnstructured { get; init; } = 1;

    /// <summary>The chance of a match for a victim with (or without) a crime record on file.</summary>
    public double Chance(bool crimeRecord, bool structured) => (crimeRecord, structured) switch
    {
        (true, true) => CrimeRecordStructured,
        (true, false) => CrimeRecordUnstructured,
        (false, true) => IncidentLogStructured,
        _ => IncidentLogUnstructured,
    };
}
