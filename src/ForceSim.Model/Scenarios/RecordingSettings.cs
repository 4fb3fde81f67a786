namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>recording</c>: how likely a crime reported to police is recorded, by crime class.</summary>
public sealed record RecordingSettings
{
    /// <summary><c>probability</c>: map crime class → chance of recording when vulnerability is recognised, 0..1.</summary>
    public IReadOnlyDictionary<string, double> Probability { get; init; } = new Dictionary<string, double>();

    /// <summary><c>missed_vulnerability_penalty</c>: drop in that chance when a vulnerable victim is not recognised as vulnerable, 0..1.</summary>
    public double MissedVulnerabilityPenalty { get; init; }

    /// <summary><c>violence_classes</c>: classes counted in <c>recording.violence_recorded</c> (default: <c>[violence]</c>).</summary>
    public IReadOnlyList<string> ViolenceClasses { get; init; } = ["violence"];
}
