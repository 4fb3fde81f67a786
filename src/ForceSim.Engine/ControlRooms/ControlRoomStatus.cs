namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// What a control room can say about itself at any point of a run: queues and staff now, calls so far, and its
/// typical week of calls waiting (hour-of-week averages over the measured period so far).
/// </summary>
public sealed record ControlRoomStatus
{
    public required string Id { get; init; }

    /// <summary>Simulated minutes the room has reached.</summary>
    public required double Now { get; init; }

    /// <summary>Calls waiting now, by channel (999, 101, online).</summary>
    public required IReadOnlyList<int> CallsWaiting { get; init; }

    public required double HandlersOnDuty { get; init; }

    public required double HandlersBusy { get; init; }

    /// <summary>Contacts so far in the measured period, by channel.</summary>
    public required IReadOnlyList<long> Offered { get; init; }

    public required IReadOnlyList<long> Answered { get; init; }

    public required IReadOnlyList<long> Abandoned { get; init; }

    /// <summary>Mean calls waiting for each hour of the week (Monday 00:00 first), per channel.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> TypicalWeekWaiting { get; init; }
}
