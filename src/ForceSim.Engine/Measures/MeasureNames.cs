namespace ForceSim.Engine.Measures;

/// <summary>Names of the headline measures as they appear in results.json.</summary>
public static class MeasureNames
{
    public const string EmergencyAnsweredWithin10s = "contact.emergency_answered_within_10s";
    public const string EmergencyMeanAnswerSeconds = "contact.emergency_mean_answer_seconds";
    public const string NonEmergencyMeanAnswerSeconds = "contact.non_emergency_mean_answer_seconds";
    public const string NonEmergencyAbandoned = "contact.non_emergency_abandoned";
    public const string StructuredAssessmentRate = "triage.structured_assessment_rate";
    public const string RepeatVictimCheckDone = "triage.repeat_victim_check_done";
    public const string RepeatVictimsIdentified = "triage.repeat_victims_identified";
    public const string AttendanceWithinTarget = "response.attendance_within_target";
    public const string AttendanceWithinTargetEmergency = "response.attendance_within_target.emergency";
    public const string AttendanceWithinTargetPriority = "response.attendance_within_target.priority";
    public const string AttendanceWithinNeedTarget = "response.attendance_within_need_target";
    public const string Undergraded = "triage.undergraded";
    public const string UndergradedLateForNeed = "triage.undergraded_late_for_need";
    public const string VulnerabilityIdentified = "triage.vulnerability_identified";
    public const string AdditionalCrimesMissed = "recording.additional_crimes_missed";
    public const string EmergencyMedianMinutes = "response.emergency_median_minutes";
    public const string EmergencyP90Minutes = "response.emergency_p90_minutes";
    public const string DispatchWaitMinutes = "response.dispatch_wait_minutes";
    public const string CrimesRecorded = "recording.crimes_recorded";
    public const string ViolenceRecorded = "recording.violence_recorded";
    public const string PlanSet = "investigation.plan_set";
    public const string Supervised = "investigation.supervised";
    public const string EnquiriesCompleted = "investigation.enquiries_completed";
    public const string VictimsInformed = "investigation.victims_informed";
    public const string VictimConfidence = "victims.confidence";
    public const string UnreportedRepeatCrimes = "victims.unreported_repeat_crimes";
    public const string AnnualCost = "cost.annual_gbp";
}
