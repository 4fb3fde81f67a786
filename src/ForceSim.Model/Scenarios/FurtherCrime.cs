namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: an item of <c>crime.additional</c>, or <c>disclosed_crime</c>: a crime that is not the one the caller reported.
/// A domestic incident reported as an assault often also holds criminal damage or controlling behaviour; a welfare call
/// may disclose an assault once officers arrive. Each is a crime to be recorded on its own, and is missed more often.
/// </summary>
public sealed record FurtherCrime
{
    /// <summary><c>probability</c>: chance the incident holds this crime, 0..1.</summary>
    public double Probability { get; init; }

    /// <summary><c>class</c>: its crime class (a key of the force's <c>recording.probability</c>).</summary>
    public string Class { get; init; } = "";
}
