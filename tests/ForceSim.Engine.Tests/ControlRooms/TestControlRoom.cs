using ForceSim.Engine.Compilation;
using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.ControlRooms;

/// <summary>
/// Small control rooms built in code for tests of the room's parts: constant times, no demand of their own
/// (contacts are made by the test), measured from time zero, and one incident type per grade.
/// </summary>
internal static class TestControlRoom
{
    public const int EmergencyType = 0;
    public const int PriorityType = 1;
    public const int ScheduledType = 2;
    public const int ResolutionType = 3;

    /// <summary>An emergency that needs two units.</summary>
    public const int DoubleCrewedType = 4;

    public static ControlRoomSettings Room(string id, int handlers = 2, int reservedForEmergency = 0, TriagePolicy? triage = null) => new()
    {
        Id = id,
        CallHandlers = new CallHandlerSettings
        {
            Shifts = [new StaffShift { StartHour = 0, Hours = 24, Count = handlers }],
            ReservedForEmergency = reservedForEmergency,
        },
        Channels = new Dictionary<Channel, ChannelSettings>
        {
            [Channel.Emergency] = new() { HandleMinutes = Distribution.Constant(2) },
            [Channel.NonEmergency] = new() { HandleMinutes = Distribution.Constant(5) },
        },
        Triage = triage ?? new TriagePolicy(),
    };

    public static ForceSettings Force(string id, string room, int units = 3, int reservedForEmergency = 0) => new()
    {
        Id = id,
        ControlRoom = room,
        Demand = new DemandSettings { AnnualVolume = new Dictionary<Channel, double>() },
        IncidentTypes =
        [
            Incident("emergency", Grade.Emergency),
            Incident("priority", Grade.Priority),
            Incident("scheduled", Grade.Scheduled),
            Incident("resolution", Grade.Resolution),
            Incident("double-crewed", Grade.Emergency) with { Units = 2 },
        ],
        Response = new ResponseSettings
        {
            Shifts = [new StaffShift { StartHour = 0, Hours = 24, Count = units }],
            ReservedForEmergency = reservedForEmergency,
        },
        Travel = new TravelSettings { Minutes = Distribution.Constant(5) },
    };

    public static CompiledScenario Compile(IReadOnlyList<ControlRoomSettings> rooms, IReadOnlyList<ForceSettings> forces) => new(new Scenario
    {
        Name = "control-room-test",
        Run = new RunSettings { WarmupDays = 0, HorizonDays = 10, Replications = 1 },
        ControlRooms = rooms,
        Forces = forces,
    });

    /// <summary>One room answering one force.</summary>
    public static CompiledScenario Single(int handlers = 2, int handlersReserved = 0, int units = 3, int unitsReserved = 0, TriagePolicy? triage = null) =>
        Compile([Room("room", handlers, handlersReserved, triage)], [Force("force", "room", units, unitsReserved)]);

    /// <summary>A room's shared clock, calendar and outbox, in a window that never ends unless the test says so.</summary>
    public static ControlRoomContext Context(int room = 0, List<Message>? outbox = null)
    {
        var context = new ControlRoomContext(new LpId(LpKind.ControlRoom, room), seed: 1, replication: 0);
        context.BeginWindow(double.PositiveInfinity, outbox ?? []);
        return context;
    }

    public static ForceTally?[] Tallies(CompiledScenario model, int room = 0)
    {
        var tallies = new ForceTally?[model.Forces.Length];
        foreach (var f in model.ControlRooms[room].Forces)
        {
            tallies[f] = new ForceTally(model.Period);
        }

        return tallies;
    }

    public static Contact Call(Channel channel, double at = 0, int type = EmergencyType, int force = 0, long victimId = 0, int priorContacts = 0, double handleMinutes = 2, double patienceMinutes = double.PositiveInfinity) => new(new ContactProfile
    {
        Force = force,
        Channel = channel,
        ArrivalTime = at,
        Counted = true,
        VictimId = victimId,
        PriorContacts = priorContacts,
        Type = type,
        PatienceMinutes = patienceMinutes,
        HandleMinutes = handleMinutes,
        GradeAfterMinutes = handleMinutes,
        OnSceneMinutes = 30,
        TravelDraw = 5,
        USpill = 1,
        UStructured = 0.5,
        UCheck = 0.5,
        UVulnerabilityIdentified = 0.5,
        UUndergrade = 0.5,
        URecord = 0.5,
        UNotify = 0.5,
    });

    /// <summary>A contact answered and graded as <paramref name="grade"/>, ready to wait for units.</summary>
    public static Contact Graded(Grade grade, double at = 0, int type = EmergencyType) => Graded(grade, grade, at, type);

    /// <summary>A contact that needed <paramref name="needed"/> but was given <paramref name="given"/> (under-graded when they differ).</summary>
    public static Contact Graded(Grade needed, Grade given, double at = 0, int type = EmergencyType)
    {
        var contact = Call(Channel.Emergency, at, type);
        contact.Answer(at, TriageWork.None);
        contact.Grade(new Assessment(true, true, false, false, needed, given));
        return contact;
    }

    private static IncidentType Incident(string id, Grade grade) => new()
    {
        Id = id,
        Share = new Dictionary<Channel, double> { [Channel.Emergency] = 1 },
        Grade = grade,
        OnSceneMinutes = Distribution.Constant(30),
    };
}
