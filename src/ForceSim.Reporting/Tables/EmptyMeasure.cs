namespace ForceSim.Reporting.Tables;

/// <summary>
/// What to show for a measure with nothing to measure (no scheduled incident attended, no 101 call answered), so a
/// table says so instead of dropping the row or printing a made-up zero.
/// </summary>
public static class EmptyMeasure
{
    private static readonly string[] Grades = ["emergency", "priority", "scheduled"];

    /// <summary>The phrase for a measure whose mean is null, or absent from the results altogether (<paramref name="present"/> false).</summary>
    public static string Text(string name, bool present = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!present)
        {
            return "not in this scenario";
        }

        var grade = Grades.FirstOrDefault(g => name.EndsWith("." + g, StringComparison.Ordinal));
        return name switch
        {
            _ when name.StartsWith("response.dispatch_wait_minutes.", StringComparison.Ordinal) => $"no {grade} incident sent a unit",
            _ when name.StartsWith("response.attendance_within", StringComparison.Ordinal) && grade is not null => $"no {grade} incident attended",
            _ when name.StartsWith("response.attendance_within", StringComparison.Ordinal) => "no emergency or priority incident attended",
            _ when name.StartsWith("response.emergency_", StringComparison.Ordinal) => "no emergency incident attended",
            _ when name.StartsWith("response.priority_", StringComparison.Ordinal) => "no priority incident attended",
            _ when name.StartsWith("response.mean_minutes.", StringComparison.Ordinal) => $"no {grade} incident attended",
            _ when name.StartsWith("contact.emergency_", StringComparison.Ordinal) => "no 999 call answered",
            _ when name.StartsWith("contact.non_emergency_", StringComparison.Ordinal) => "no 101 call answered",
            _ when name.StartsWith("contact.online_", StringComparison.Ordinal) => "no online contact answered",
            _ when name.StartsWith("contact.handler", StringComparison.Ordinal) => "no call handler on duty",
            "triage.repeat_victims_identified" => "no repeat victim called",
            "triage.vulnerability_identified" => "no vulnerable caller",
            _ when name.StartsWith("triage.", StringComparison.Ordinal) => "no contact triaged",
            _ when name.StartsWith("recording.violence", StringComparison.Ordinal) => "no violent crime occurred",
            _ when name.StartsWith("recording.", StringComparison.Ordinal) => "no crime occurred",
            "investigation.enquiries_completed" => "no line of enquiry set",
            "investigation.victims_informed" => "no victim update due",
            _ when name.StartsWith("investigation.", StringComparison.Ordinal) => "no investigation closed",
            "victims.unreported_repeat_crimes" => "no repeat crime",
            _ when name.StartsWith("victims.", StringComparison.Ordinal) => "no victim",
            _ => "nothing to measure",
        };
    }
}
