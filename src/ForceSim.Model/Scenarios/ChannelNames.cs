using ForceSim.Model.Loading;

namespace ForceSim.Model.Scenarios;

/// <summary>The YAML spelling of each channel (<c>emergency</c>, <c>non_emergency</c>, <c>online</c>), which files and options use too.</summary>
public static class ChannelNames
{
    /// <summary>E.g. <c>non_emergency</c>.</summary>
    public static string Key(Channel channel) => ScenarioNames.Channels.NameOf(channel);

    /// <summary>The channel spelt <paramref name="key"/>, or null when no channel is spelt so.</summary>
    public static Channel? Parse(string key) =>
        ScenarioNames.Channels.TryParse(key, out var channel) ? channel : null;
}
