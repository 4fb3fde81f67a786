using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.Cad;

/// <summary>How channels and grades are spelt in an extract: the scenario's own spellings, so a fragment reads like a scenario.</summary>
public static class CadNames
{
    public static string Of(Channel channel) => channel switch
    {
        Channel.Emergency => "emergency",
        Channel.NonEmergency => "non_emergency",
        Channel.Online => "online",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string Of(Grade grade) => grade switch
    {
        Grade.Emergency => "emergency",
        Grade.Priority => "priority",
        Grade.Scheduled => "scheduled",
        Grade.Resolution => "resolution",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };
}
