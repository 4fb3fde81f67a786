using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.IncidentLogs;

/// <summary>
/// One closed incident as a control room's log would hold it: what was reported, the grade given and the times of
/// dispatch, arrival and clearance. A struct passed by reference, so logging adds no allocation per incident.
/// </summary>
/// <param name="Force">Force index in the compiled scenario.</param>
/// <param name="Type">Incident type index within the force.</param>
/// <param name="Area">Area index into the force's <c>Geography.AreaIds</c> (0, and meaningless, when the force has no geography).</param>
/// <param name="CreatedAt">Minutes from time zero when the contact arrived.</param>
/// <param name="DispatchedAt">Minutes when the first unit was sent (NaN when not attended).</param>
/// <param name="ArrivedAt">Minutes when the first unit arrived (NaN when not attended).</param>
/// <param name="ClearedAt">Minutes when the units cleared (NaN when not attended).</param>
/// <param name="Counted">Whether the contact arrived in the measured period (after warm-up).</param>
public readonly record struct IncidentRecord(
    int Force,
    Channel Channel,
    int Type,
    Grade Grade,
    int Area,
    double CreatedAt,
    bool Attended,
    double DispatchedAt,
    double ArrivedAt,
    double ClearedAt,
    bool CrimeRecorded,
    bool Counted);
