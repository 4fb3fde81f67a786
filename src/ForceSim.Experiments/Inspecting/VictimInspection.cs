using ForceSim.Engine.Victims;

namespace ForceSim.Experiments.Inspecting;

/// <summary>A victim's journey, and the scenario's first day (journey times count minutes from it).</summary>
public sealed record VictimInspection(VictimJourney Journey, DateOnly StartDate);
