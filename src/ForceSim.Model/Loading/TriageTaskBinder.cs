using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds <c>triage.structured_assessment</c> or <c>triage.repeat_victim_check</c>: mandatory_for, compliance and minutes.</summary>
internal static class TriageTaskBinder
{
    public static TriageTask Bind(MappingReader? reader)
    {
        var defaults = new TriageTask();
        if (reader is null)
        {
            return defaults;
        }

        var mandatory = reader.Mapping("mandatory_for");
        return new TriageTask
        {
            MandatoryChannels = mandatory is null ? [] : Channels(mandatory),
            MandatoryIncidentTypes = mandatory?.Optional("incident_types") is { } types
                ? ListReader.Texts(reader.Context, types, mandatory.PathOf("incident_types"))
                : [],
            Compliance = PressureCurveBinder.Optional(reader, "compliance", "calls_waiting", "share", defaults.Compliance),
            Minutes = DistributionBinder.Optional(reader, "minutes", Distribution.Constant(0)),
        };
    }

    private static List<Channel> Channels(MappingReader mandatory)
    {
        var channels = new List<Channel>();
        foreach (var item in mandatory.List("channels", required: false))
        {
            if (ScalarReader.Choice(mandatory.Context, item.Node, item.Path, ScenarioNames.Channels) is { } channel && !channels.Contains(channel))
            {
                channels.Add(channel);
            }
        }

        return channels;
    }
}
