namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>recording</c>: how likely a crime reported to police is recorded, by crime class.</summary>
public sealed record RecordingSettings
{
    /// <summary><c>probability</c>: map crime class → chance of recording when vulnerability is recognised, 0..1.</summary>
    public IReadOnlyDictionary<string, double> Probability { get; init; } = new Dictionary<string, double>();

    /// <summary><c>missed_vulnerability_penalty</c>: drop in that chance when a vulnerable victim is not recognised as vulnerable, 0..1.</summary>
    public double MissedVulnerabilityPenalty { get; init; }

    /// <summary><c>additional_crime_factor</c>: recording chance of a further crime in the same incident relative to the reported one, 0..1.</summary>
    public double AdditionalCrimeFactor { get; init; } = 1;

    /// <summary><c>disclosed_crime_factor</c>: recording chance of a crime disclosed at an incident not reported as a crime, relative, 0..1.</summary>
    public double DisclosedCrimeFactor { get; init; } = 1;

    /// <summary><c>victim_not_supporting_factor</c>: recording chance when the victim does not support a prosecution, relative, 0..1.</summary>
    public double VictimNotSupportingFactor { get; init; } = 1;

    /// <summary><c>paperwork_pressure</c>: recording chance, relative, by the attending unit's backlog of write-ups in minutes.</summary>
    public PressureCurve PaperworkPressure { get; init; } = PressureCurve.Constant(1);

    /// <summary><c>violence_classes</c>: classes counted in <c>recording.violence_recorded</c> (default: <c>[violence]</c>).</summary>
    public IReadOnlyList<string> ViolenceClasses { get; init; } = ["violence"];
}
