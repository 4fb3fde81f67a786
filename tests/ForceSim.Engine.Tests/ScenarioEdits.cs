using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests;

/// <summary>What-if edits for tests: change one part of every control room or force.</summary>
public static class ScenarioEdits
{
    public static Scenario Triage(this Scenario scenario, Func<TriagePolicy, TriagePolicy> change)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { ControlRooms = [.. scenario.ControlRooms.Select(r => r with { Triage = change(r.Triage) })] };
    }

    public static Scenario Handlers(this Scenario scenario, Func<CallHandlerSettings, CallHandlerSettings> change)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { ControlRooms = [.. scenario.ControlRooms.Select(r => r with { CallHandlers = change(r.CallHandlers) })] };
    }

    public static Scenario Forces(this Scenario scenario, Func<ForceSettings, ForceSettings> change)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { Forces = [.. scenario.Forces.Select(change)] };
    }

    public static Scenario Investigation(this Scenario scenario, Func<InvestigationSettings, InvestigationSettings> change) =>
        scenario.Forces(f => f with { Investigation = change(f.Investigation!) });

    public static IReadOnlyList<StaffShift> Scaled(this IReadOnlyList<StaffShift> shifts, int extraEach)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        return [.. shifts.Select(s => s with { Count = s.Count + extraEach })];
    }
}
