namespace ForceSim.Model.Scenarios;

/// <summary>A whole scenario: run settings, the forces and the control rooms that answer them.</summary>
public sealed record Scenario
{
    /// <summary>YAML: <c>name</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The file the scenario was read from (for messages and reports; not part of results).</summary>
    public string SourcePath { get; init; } = "";

    public required RunSettings Run { get; init; }

    /// <summary>YAML: <c>control_rooms</c> (at least one).</summary>
    public required IReadOnlyList<ControlRoomSettings> ControlRooms { get; init; }

    /// <summary>YAML: <c>forces</c> (at least one); each names the control room that answers it.</summary>
    public required IReadOnlyList<ForceSettings> Forces { get; init; }

    public CostSettings Costs { get; init; } = new();

    /// <summary><c>rubric</c>: grading rubric file (relative to the scenario); null means the shipped default.</summary>
    public Rubrics.Rubric? Rubric { get; init; }
}
