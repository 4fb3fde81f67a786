namespace ForceSim.Engine.Inspection;

/// <summary>
/// The measures as an inspection sees them: proportions in the audit samples. Each maps to the
/// full-population measure it estimates, so a rubric grades either view with the same thresholds.
/// </summary>
public static class InspectionMeasures
{
    /// <summary>Population measure → its inspection-sample counterpart.</summary>
    public static IReadOnlyDictionary<string, string> SampledCounterpart { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["response.attendance_within_need_target"] = "inspection.attendance_within_need_target",
        ["triage.repeat_victim_check_done"] = "inspection.repeat_victim_check_done",
        ["investigation.plan_set"] = "inspection.plan_set",
        ["investigation.supervised"] = "inspection.supervised",
        ["investigation.enquiries_completed"] = "inspection.enquiries_completed",
        ["investigation.victims_informed"] = "inspection.victims_informed",
        ["recording.crimes_recorded"] = "inspection.crimes_recorded",
        ["recording.violence_recorded"] = "inspection.violence_recorded",
    };

    public static void Compute(InspectionTally sample, SortedDictionary<string, double?> into)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(into);
        Proportion(into, "attendance_within_need_target", sample.Attendance.Count(x => x), sample.Attendance.Count);
        Proportion(into, "repeat_victim_check_done", sample.RepeatVictimChecks.Count(x => x), sample.RepeatVictimChecks.Count);
        var files = sample.CaseFiles;
        Proportion(into, "plan_set", files.Count(f => f.PlanSet), files.Count);
        Proportion(into, "supervised", files.Count(f => f.Supervised), files.Count);
        Proportion(into, "enquiries_completed", files.Sum(f => f.LinesCompleted), files.Sum(f => f.LinesTotal), files.Count);
        Proportion(into, "victims_informed", files.Sum(f => f.UpdatesDelivered), files.Sum(f => f.UpdatesDue), files.Count(f => f.UpdatesDue > 0));
        Proportion(into, "crimes_recorded", sample.Recording.Count(r => r.Recorded), sample.Recording.Count);
        var violence = sample.Recording.Where(r => r.Violence).ToList();
        Proportion(into, "violence_recorded", violence.Count(r => r.Recorded), violence.Count);
    }

    /// <summary>Writes inspection.NAME and inspection.NAME_n (items audited), or nulls when nothing was audited.</summary>
    private static void Proportion(SortedDictionary<string, double?> into, string name, double yes, double total, int? items = null)
    {
        into[$"inspection.{name}"] = total > 0 ? yes / total : null;
        into[$"inspection.{name}_n"] = items ?? (int)total;
    }
}
