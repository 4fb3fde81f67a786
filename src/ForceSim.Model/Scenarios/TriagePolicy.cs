namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>triage</c>. How the call handler assesses risk and grades the incident.</summary>
public sealed record TriagePolicy
{
    /// <summary><c>structured_assessment</c>: the structured risk assessment (THRIVE): when it is done and what it costs.</summary>
    public TriageTask StructuredAssessment { get; init; } = new();

    /// <summary><c>repeat_victim_check</c>: the search of the records for earlier contacts by the same victim.</summary>
    public TriageTask RepeatVictimCheck { get; init; } = new();

    /// <summary>
    /// <c>repeat_victim_check.prompted_by_structured_assessment</c>: a structured assessment asks about earlier contacts, so
    /// the check is done whenever one is (default true).
    /// </summary>
    public bool CheckPromptedByStructuredAssessment { get; init; } = true;

    /// <summary><c>records_match</c>: the chance a check finds an earlier contact, by what that contact left on record.</summary>
    public RecordsMatch RecordsMatch { get; init; } = new();

    /// <summary><c>undergrade.structured.vulnerable</c>: chance a vulnerable caller is graded one level too low after a structured assessment.</summary>
    public double UndergradeStructuredVulnerable { get; init; }

    /// <summary><c>undergrade.structured.other</c>.</summary>
    public double UndergradeStructuredOther { get; init; }

    /// <summary><c>undergrade.unstructured.vulnerable</c>.</summary>
    public double UndergradeUnstructuredVulnerable { get; init; }

    /// <summary><c>undergrade.unstructured.other</c>.</summary>
    public double UndergradeUnstructuredOther { get; init; }

    /// <summary><c>vulnerability_identified.structured</c>: chance a vulnerable caller is recognised as vulnerable with a structured assessment, 0..1.</summary>
    public double VulnerabilityIdentifiedStructured { get; init; } = 1;

    /// <summary><c>vulnerability_identified.unstructured</c>.</summary>
    public double VulnerabilityIdentifiedUnstructured { get; init; } = 1;

    /// <summary>
    /// <c>shared_records</c>: whether the repeat-victim check sees contacts recorded by other forces (in this control
    /// room or, a records update later, in other control rooms), not only this force's own.
    /// </summary>
    public bool SharedRecords { get; init; }

    /// <summary><c>delay_notification_rate</c>: chance a caller whose attendance will miss its target is told of the delay, 0..1.</summary>
    public double DelayNotificationRate { get; init; } = 1;
}
