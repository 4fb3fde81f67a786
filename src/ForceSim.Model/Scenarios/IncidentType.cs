using ForceSim.Model.Distributions;

namespace ForceSim.Model.Scenarios;

/// <summary>YAML: an item of <c>incident_types</c>: what callers report, and what attending it involves.</summary>
public sealed record IncidentType
{
    public required string Id { get; init; }

    /// <summary><c>share</c>: relative weight of this type within each channel's contacts (normalised per channel), ≥ 0.</summary>
    public required IReadOnlyDictionary<Channel, double> Share { get; init; }

    /// <summary><c>grade</c>: the grade the incident truly needs: emergency, priority, scheduled or resolution.</summary>
    public Grade Grade { get; init; } = Grade.Priority;

    /// <summary><c>crime.probability</c>: chance the incident is a crime, 0..1.</summary>
    public double CrimeProbability { get; init; }

    /// <summary><c>crime.class</c>: crime class (a key of the force's <c>recording.probability</c>).</summary>
    public string CrimeClass { get; init; } = "";

    /// <summary><c>crime.additional</c>: further crimes the same incident may hold (at most four), each recorded or missed on its own.</summary>
    public IReadOnlyList<FurtherCrime> AdditionalCrimes { get; init; } = [];

    /// <summary><c>crime.victim_supports</c>: share of victims who support a prosecution, 0..1 (1 when not given).</summary>
    public double VictimSupports { get; init; } = 1;

    /// <summary><c>disclosed_crime</c>: a crime that may come to light when officers attend an incident that was not reported as one.</summary>
    public FurtherCrime? DisclosedCrime { get; init; }

    /// <summary><c>vulnerability</c>: share of callers who are vulnerable, 0..1.</summary>
    public double Vulnerability { get; init; }

    /// <summary><c>victim</c>: share of incidents with an identifiable victim who may call again, 0..1 (defaults to the crime probability).</summary>
    public double VictimShare { get; init; }

    /// <summary><c>on_scene_minutes</c>: time a unit spends at the incident.</summary>
    public required Distribution OnSceneMinutes { get; init; }

    /// <summary><c>units</c>: units that must attend together, 1..10.</summary>
    public int Units { get; init; } = 1;
}
