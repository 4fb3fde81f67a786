using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Protocol;

/// <summary>Control room → victim: what happened to one contact (lands in the victim's history).</summary>
public sealed record ContactOutcome : Message
{
    public required double ContactTime { get; init; }

    /// <summary>The force the contact was made to (a victim may cross a border).</summary>
    public required int Force { get; init; }

    public required int IncidentType { get; init; }

    public required Channel Channel { get; init; }

    public required Grade NeededGrade { get; init; }

    public required Grade GivenGrade { get; init; }

    public required bool Vulnerable { get; init; }

    public required bool VulnerabilityIdentified { get; init; }

    public required bool RepeatIdentified { get; init; }

    public required bool StructuredAssessment { get; init; }

    public required bool Attended { get; init; }

    /// <summary>Minutes from clock start to arrival at scene; NaN when not attended.</summary>
    public required double ResponseMinutes { get; init; }

    /// <summary>Whether attendance was later than the target for the grade given.</summary>
    public required bool Late { get; init; }

    /// <summary>Whether attendance was later than the target for the grade the incident needed (under-grading makes the two differ).</summary>
    public bool LateForNeed { get; init; }

    public required bool ToldOfDelay { get; init; }

    public required bool Crime { get; init; }

    public required bool Recorded { get; init; }

    /// <summary>Whether a crime in this incident was referred to investigation, so the victim will hear how it ends.</summary>
    public bool Referred { get; init; }

    /// <summary>
    /// The caller hung up before being answered and did not ring 999 instead: nothing more follows this contact. Only
    /// a victim who rang again hears it, so it knows not to wait for an answer (and can be forgotten once done).
    /// </summary>
    public bool Abandoned { get; init; }
}
