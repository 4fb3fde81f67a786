using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Measures;

/// <summary>Array sizes for per-channel and per-grade tallies.</summary>
public static class ChannelIndex
{
    public const int Channels = 3;

    /// <summary>Grades that are dispatched: emergency, priority, scheduled.</summary>
    public const int DispatchedGrades = 3;

    public static IReadOnlyList<Channel> All { get; } = [Channel.Emergency, Channel.NonEmergency, Channel.Online];

    public static IReadOnlyList<Grade> Dispatched { get; } = [Grade.Emergency, Grade.Priority, Grade.Scheduled];
}
