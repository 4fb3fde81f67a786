using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds a force's <c>recording</c>: recording chance per crime class, the missed-vulnerability penalty and the violence classes.</summary>
internal static class RecordingBinder
{
    public static RecordingSettings Bind(MappingReader reader)
    {
        var defaults = new RecordingSettings();
        var probabilities = new Dictionary<string, double>(StringComparer.Ordinal);
        if (reader.Mapping("probability") is { } probabilityReader)
        {
            foreach (var (crimeClass, value) in probabilityReader.All())
            {
                probabilities[crimeClass] = ScalarReader.Number(reader.Context, value.Node, value.Path, NumberRange.Probability) ?? 0;
            }
        }

        var violenceNode = reader.Optional("violence_classes");
        return new RecordingSettings
        {
            Probability = probabilities,
            MissedVulnerabilityPenalty = reader.Number("missed_vulnerability_penalty", defaults.MissedVulnerabilityPenalty, NumberRange.Probability),
            AdditionalCrimeFactor = reader.Number("additional_crime_factor", defaults.AdditionalCrimeFactor, NumberRange.Probability),
            DisclosedCrimeFactor = reader.Number("disclosed_crime_factor", defaults.DisclosedCrimeFactor, NumberRange.Probability),
            VictimNotSupportingFactor = reader.Number("victim_not_supporting_factor", defaults.VictimNotSupportingFactor, NumberRange.Probability),
            PaperworkPressure = PressureCurveBinder.Optional(reader, "paperwork_pressure", "backlog_minutes", "factor", defaults.PaperworkPressure),
            ViolenceClasses = violenceNode is null
                ? defaults.ViolenceClasses
                : ListReader.Texts(reader.Context, violenceNode, reader.PathOf("violence_classes")),
        };
    }
}
