using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Inspection;

/// <summary>The audit samples an inspection team would draw from one force's simulated year.</summary>
public sealed class InspectionTally
{
    /// <summary>Sampled attended emergency and priority incidents: attended within target?</summary>
    public List<bool> Attendance { get; } = [];

    /// <summary>Sampled calls from victims: was a repeat-victim check done?</summary>
    public List<bool> RepeatVictimChecks { get; } = [];

    public List<CaseFile> CaseFiles { get; } = [];

    public List<RecordedCheck> Recording { get; } = [];

    public void Merge(InspectionTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Attendance.AddRange(other.Attendance);
        RepeatVictimChecks.AddRange(other.RepeatVictimChecks);
        CaseFiles.AddRange(other.CaseFiles);
        Recording.AddRange(other.Recording);
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Flags(Attendance);
        visitor.Flags(RepeatVictimChecks);
        visitor.CaseFiles(CaseFiles);
        visitor.RecordedChecks(Recording);
    }
}
