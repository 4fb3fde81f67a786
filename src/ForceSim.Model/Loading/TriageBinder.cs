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
        return new TriagePolicy
        {
            StructuredAssessmentRate = reader.Number("structured_assessment_rate", defaults.StructuredAssessmentRate, NumberRange.Probability),
            RepeatVictimCheckRate = reader.Number("repeat_victim_check_rate", defaults.RepeatVictimCheckRate, NumberRange.Probability),
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

    private static double Probability(MappingReader? reader, string key, double fallback) =>
        reader?.Number(key, fallback, NumberRange.Probability) ?? fallback;
}
