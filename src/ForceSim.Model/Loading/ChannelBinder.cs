using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds a control room's <c>channels</c>: one entry per channel it answers.</summary>
internal static class ChannelBinder
{
    public static Dictionary<Channel, ChannelSettings> BindAll(MappingReader reader)
    {
        var channels = new Dictionary<Channel, ChannelSettings>();
        foreach (var channel in ScenarioNames.Channels.Values)
        {
            if (reader.Mapping(ScenarioNames.Channels.NameOf(channel)) is { } channelReader)
            {
                channels[channel] = Bind(channelReader, channel);
            }
        }

        return channels;
    }

    private static ChannelSettings Bind(MappingReader reader, Channel channel)
    {
        var defaults = new ChannelSettings { HandleMinutes = Distribution.Constant(0) };
        return new ChannelSettings
        {
            HandleMinutes = DistributionBinder.Required(reader, "handle_minutes"),
            GradingMinutes = DistributionBinder.OptionalOrNone(reader, "grading_minutes"),
            PatienceSeconds = DistributionBinder.OptionalOrNone(reader, "patience_seconds"),
            AnswerTargetSeconds = reader.Number("answer_target_seconds", defaults.AnswerTargetSeconds, NumberRange.Between(1, 86_400)),
            SpillToEmergency = SpillOver(reader, channel),
        };
    }

    private static SpillOver? SpillOver(MappingReader reader, Channel channel)
    {
        var spill = reader.Mapping("spill_to_emergency");
        if (spill is null)
        {
            return null;
        }

        if (channel != Channel.NonEmergency)
        {
            reader.Report("spill_to_emergency", "is only allowed on the non_emergency channel (callers who give up on 101 and ring 999)");
        }

        var defaults = new SpillOver();
        return new SpillOver
        {
            Probability = spill.RequiredNumber("probability", NumberRange.Probability),
            DelayMinutes = DistributionBinder.Optional(spill, "delay_minutes", defaults.DelayMinutes),
        };
    }
}
