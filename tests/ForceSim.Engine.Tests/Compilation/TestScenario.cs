using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Compilation;

/// <summary>Small scenario records built in code, for tests that need a force, a control room or a whole scenario.</summary>
internal static class TestScenario
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
