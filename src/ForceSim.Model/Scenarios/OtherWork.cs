using ForceSim.Model.Distributions;

namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: an item of <c>response.other_work</c>: response work that is not a public call (arrests and custody,
/// mental-health detentions, missing-person enquiries, scene guards). It arrives through the day with the force's
/// demand shape, takes units for long, variable spells, and is dispatched at its grade; it counts in unit workload,
/// never in attendance measures.
/// </summary>
public sealed record OtherWork
{
    public required string Name { get; init; }

    /// <summary><c>per_day</c>: tasks a day on average, ≥ 0.</summary>
    public double PerDay { get; init; }

    /// <summary><c>minutes</c>: how long a task holds its units.</summary>
    public required Distribution Minutes { get; init; }

    /// <summary><c>units</c>: units a task takes, 1..10.</summary>
    public int Units { get; init; } = 1;

    /// <summary><c>grade</c>: the dispatch grade it waits at (emergency, priority or scheduled).</summary>
    public Grade Grade { get; init; } = Grade.Priority;
}
