using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds a control room's <c>triage</c> policy, including the nested <c>undergrade</c> and <c>vulnerability_identified</c> mappings.</summary>
internal static class TriageBinder
{
    public static TriagePolicy Bind(MappingReader reader)
    {
        var defaults = new TriagePolicy();
        var undergrade = reader.Mapping("undergrade");
        var structured = undergrade?.Mapping("structured");
        var unstructured = undergrade?.Mapping("unstructured");
        var identified = reader.Mapping("vulnerability_identified");
        var check = reader.Mapping("repeat_victim_check");
        Replaced(reader, "structured_assessment_rate", "structured_assessment.compliance");
        Replaced(reader, "repeat_victim_check_rate", "repeat_victim_check.compliance");
        return new TriagePolicy
        {
            StructuredAssessment = TriageTaskBinder.Bind(reader.Mapping("structured_assessment")),
            RepeatVictimCheck = TriageTaskBinder.Bind(check),
            CheckPromptedByStructuredAssessment = check?.Boolean("prompted_by_structured_assessment", defaults.CheckPromptedByStructuredAssessment)
                ?? defaults.CheckPromptedByStructuredAssessment,
            RecordsMatch = RecordsMatch(reader.Mapping("records_match")),
            UndergradeStructuredVulnerable = Probability(structured, "vulnerable", defaults.UndergradeStructuredVulnerable),
            UndergradeStructuredOther = Probability(structured, "other", defaults.UndergradeStructuredOther),
            UndergradeUnstructuredVulnerable = Probability(unstructured, "vulnerable", defaults.UndergradeUnstructuredVulnerable),
            UndergradeUnstructuredOther = Probability(unstructured, "other", defaults.UndergradeUnstructuredOther),
            VulnerabilityIdentifiedStructured = Probability(identified, "structured", defaults.VulnerabilityIdentifiedStructured),
            VulnerabilityIdentifiedUnstructured = Probability(identified, "unstructured", defaults.VulnerabilityIdentifiedUnstructured),
            DelayNotificationRate = reader.Number("delay_notification_rate", defaults.DelayNotificationRate, NumberRange.Probability),
            SharedRecords = reader.Boolean("shared_records", defaults.SharedRecords),
        };
    }

    /// <summary>
    /// A rate that was once set directly is now achieved under pressure: say what replaced it, rather than the generic
    /// "unknown key", so an old scenario is easy to bring up to date.
    /// </summary>
    private static void Replaced(MappingReader reader, string oldKey, string newKey)
    {
        if (reader.Optional(oldKey) is not null)
        {
            reader.Report(oldKey, $"'{oldKey}' is no longer a setting: how often it is done is now an outcome of policy, staffing and demand. "
                + $"Use {newKey} (the share of discretionary calls, optionally by callers waiting) and mandatory_for; see docs/scenario-format.md");
        }
    }

    private static RecordsMatch RecordsMatch(MappingReader? reader)
    {
        var defaults = new RecordsMatch();
        var log = reader?.Mapping("incident_log");
        var crime = reader?.Mapping("crime_record");
        return new RecordsMatch
        {
            IncidentLogStructured = Probability(log, "structured", defaults.IncidentLogStructured),
            IncidentLogUnstructured = Probability(log, "unstructured", defaults.IncidentLogUnstructured),
            CrimeRecordStructured = Probability(crime, "structured", defaults.CrimeRecordStructured),
            CrimeRecordUnstructured = Probability(crime, "unstructured", defaults.CrimeRecordUnstructured),
        };
    }

    private static double Probability(MappingReader? reader, string key, double fallback) =>
        reader?.Number(key, fallback, NumberRange.Probability) ?? fallback;
}
