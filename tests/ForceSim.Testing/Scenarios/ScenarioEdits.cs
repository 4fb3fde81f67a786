using ForceSim.Model.Scenarios;

namespace ForceSim.Testing.Scenarios;

/// <summary>
/// What-if edits for tests: change one part of every control room or every force (or one force) and keep the rest,
/// so a test changes only what it compares, e.g. <c>scenario.WithCallHandlerShifts(s => s with { Count = s.Count + 2 })</c>.
/// </summary>
public static class ScenarioEdits
{
    public static Scenario WithTriage(this Scenario scenario, Func<TriagePolicy, TriagePolicy> change) =>
        scenario.WithControlRooms(r => r with { Triage = change(r.Triage) });

    public static Scenario WithCallHandlers(this Scenario scenario, Func<CallHandlerSettings, CallHandlerSettings> change) =>
        scenario.WithControlRooms(r => r with { CallHandlers = change(r.CallHandlers) });

    /// <summary>Every call handler shift of every control room changed alike, e.g. two more handlers on each.</summary>
    public static Scenario WithCallHandlerShifts(this Scenario scenario, Func<StaffShift, StaffShift> change) =>
        scenario.WithControlRooms(r => r.WithCallHandlerShifts(change));

    public static ControlRoomSettings WithCallHandlerShifts(this ControlRoomSettings room, Func<StaffShift, StaffShift> change)
    {
        ArgumentNullException.ThrowIfNull(room);
        return room with { CallHandlers = room.CallHandlers with { Shifts = [.. room.CallHandlers.Shifts.Select(change)] } };
    }

    public static Scenario WithForces(this Scenario scenario, Func<ForceSettings, ForceSettings> change)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { Forces = [.. scenario.Forces.Select(change)] };
    }

    /// <summary>One force changed, the others kept.</summary>
    public static Scenario WithForce(this Scenario scenario, string id, Func<ForceSettings, ForceSettings> change) =>
        scenario.WithForces(f => f.Id == id ? change(f) : f);

    public static Scenario WithInvestigation(this Scenario scenario, Func<InvestigationSettings, InvestigationSettings> change) =>
        scenario.WithForces(f => f with { Investigation = change(f.Investigation!) });

    /// <summary>Every force's response settings changed alike, e.g. its abstraction rates or its cap on write-up time per shift.</summary>
    public static Scenario WithResponse(this Scenario scenario, Func<ResponseSettings, ResponseSettings> change) =>
        scenario.WithForces(f => f with { Response = change(f.Response) });

    /// <summary>Every force's victims changed alike, e.g. how their confidence moves or how likely a repeat is.</summary>
    public static Scenario WithVictims(this Scenario scenario, Func<VictimSettings, VictimSettings> change) =>
        scenario.WithForces(f => f with { Victims = change(f.Victims) });

    /// <summary>Every response shift of every force changed alike, e.g. four more units on each.</summary>
    public static Scenario WithResponseShifts(this Scenario scenario, Func<StaffShift, StaffShift> change) =>
        scenario.WithForces(f => f.WithResponseShifts(change));

    public static ForceSettings WithResponseShifts(this ForceSettings force, Func<StaffShift, StaffShift> change)
    {
        ArgumentNullException.ThrowIfNull(force);
        return force with { Response = force.Response with { Shifts = [.. force.Response.Shifts.Select(change)] } };
    }

    /// <summary>Every force's demand on <paramref name="channel"/> multiplied by <paramref name="factor"/>, e.g. 1.3 for 30% more 101 calls.</summary>
    public static Scenario WithDemandScaled(this Scenario scenario, Channel channel, double factor) =>
        scenario.WithForces(f => f with
        {
            Demand = f.Demand with { AnnualVolume = f.Demand.AnnualVolume.ToDictionary(v => v.Key, v => v.Key == channel ? v.Value * factor : v.Value) },
        });

    /// <summary>Every force's recording settings changed alike, e.g. how often a further crime in an incident is recorded.</summary>
    public static Scenario WithRecording(this Scenario scenario, Func<RecordingSettings, RecordingSettings> change) =>
        scenario.WithForces(f => f with { Recording = change(f.Recording) });

    /// <summary>Every force records every crime class it knows with <paramref name="probability"/>.</summary>
    public static Scenario WithRecordingProbability(this Scenario scenario, double probability) =>
        scenario.WithForces(f => f with { Recording = f.Recording with { Probability = f.Recording.Probability.ToDictionary(p => p.Key, _ => probability) } });

    private static Scenario WithControlRooms(this Scenario scenario, Func<ControlRoomSettings, ControlRoomSettings> change)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { ControlRooms = [.. scenario.ControlRooms.Select(change)] };
    }
}
