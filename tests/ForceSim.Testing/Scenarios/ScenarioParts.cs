using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Testing.Scenarios;

/// <summary>
/// Small scenario records built in code, for tests that need a force, a control room or a whole scenario of a few of
/// each and nothing else (import with <c>using static</c>). Tests of what a shipped scenario does start from
/// <see cref="TestScenarios"/> instead.
/// </summary>
public static class ScenarioParts
{
    public static ChannelSettings AnyChannel() => new() { HandleMinutes = Distribution.Exponential(5) };

    public static ControlRoomSettings Room(string id, params StaffShift[] handlers) => new()
    {
        Id = id,
        CallHandlers = new CallHandlerSettings { Shifts = handlers },
        Channels = new Dictionary<Channel, ChannelSettings>
        {
            [Channel.Emergency] = AnyChannel(),
            [Channel.NonEmergency] = AnyChannel(),
            [Channel.Online] = AnyChannel(),
        },
    };

    public static IncidentType Incident(string id, double emergencyShare, double nonEmergencyShare = 0) => new()
    {
        Id = id,
        Share = new Dictionary<Channel, double>
        {
            [Channel.Emergency] = emergencyShare,
            [Channel.NonEmergency] = nonEmergencyShare,
        },
        OnSceneMinutes = Distribution.Constant(30),
    };

    public static ForceSettings Force(string id, string room, double emergency, double nonEmergency, params StaffShift[] units) => new()
    {
        Id = id,
        ControlRoom = room,
        Demand = new DemandSettings
        {
            AnnualVolume = new Dictionary<Channel, double>
            {
                [Channel.Emergency] = emergency,
                [Channel.NonEmergency] = nonEmergency,
            },
        },
        IncidentTypes = [Incident("advice", 1, 1)],
        Response = new ResponseSettings { Shifts = units },
    };

    public static StaffShift Shift(double startHour, double hours, int count) =>
        new() { StartHour = startHour, Hours = hours, Count = count };

    public static Scenario Of(IReadOnlyList<ControlRoomSettings> rooms, IReadOnlyList<ForceSettings> forces, CostSettings? costs = null) => new()
    {
        Name = "test",
        Run = new RunSettings { WarmupDays = 1, HorizonDays = 2, Replications = 2 },
        ControlRooms = rooms,
        Forces = forces,
        Costs = costs ?? new CostSettings(),
    };
}
