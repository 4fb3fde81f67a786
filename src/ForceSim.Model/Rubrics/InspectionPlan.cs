namespace ForceSim.Model.Rubrics;

/// <summary>
/// YAML: <c>inspection</c>: how many items an inspection team audits. Defaults follow the Cambridgeshire
/// 2021/22 inspection (79 incidents, 81 calls, 130 crime files); the recording sample follows the size of a
/// crime-data-integrity audit (±1.7 points at 88% implies ~1,400 records).
/// </summary>
public sealed record InspectionPlan
{
    /// <summary><c>attendance_sample</c>: attended emergency and priority incidents checked against the target, 1..100000.</summary>
    public int AttendanceSample { get; init; } = 79;

    /// <summary><c>repeat_victim_check_sample</c>: calls audited for a repeat-victim check, 1..100000.</summary>
    public int RepeatVictimCheckSample { get; init; } = 81;

    /// <summary><c>case_files</c>: investigated crime files reviewed, spread evenly across crime classes, 1..100000.</summary>
    public int CaseFiles { get; init; } = 130;

    /// <summary><c>recording_sample</c>: reported crimes audited for correct recording, 1..100000.</summary>
    public int RecordingSample { get; init; } = 1400;
}
