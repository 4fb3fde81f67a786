using ForceSim.Engine.Measures;

namespace ForceSim.Reporting.Tables;

/// <summary>The measures shown in the run table, in the order a chief officer reads the chain.</summary>
public static class MeasureCatalog
{
    public static IReadOnlyList<MeasureDisplay> Headline { get; } =
    [
        new(MeasureNames.EmergencyAnsweredWithin10s, "999 answered within 10 s", MeasureUnit.Fraction, "≥ 90% (national)"),
        new(MeasureNames.EmergencyMeanAnswerSeconds, "999 mean answer time", MeasureUnit.Seconds),
        new(MeasureNames.NonEmergencyMeanAnswerSeconds, "101 mean answer time", MeasureUnit.Seconds),
        new(MeasureNames.NonEmergencyAbandoned, "101 calls abandoned", MeasureUnit.Fraction),
        new("contact.handler_utilisation", "Call handler utilisation", MeasureUnit.Fraction),
        new(MeasureNames.StructuredAssessmentRate, "Structured risk assessment (THRIVE)", MeasureUnit.Fraction),
        new(MeasureNames.RepeatVictimCheckDone, "Repeat-victim check done", MeasureUnit.Fraction),
        new(MeasureNames.RepeatVictimsIdentified, "Repeat victims identified", MeasureUnit.Fraction),
        new(MeasureNames.VulnerabilityIdentified, "Vulnerability identified", MeasureUnit.Fraction),
        new(MeasureNames.Undergraded, "Incidents graded too low", MeasureUnit.Fraction),
        new(MeasureNames.AttendanceWithinNeedTarget, "Attended in time for the need (emergency + priority)", MeasureUnit.Fraction, "as inspectors judge"),
        new($"{MeasureNames.AttendanceWithinNeedTarget}.emergency", "  emergencies in time for the need", MeasureUnit.Fraction, "15 min urban / 20 rural"),
        new($"{MeasureNames.AttendanceWithinNeedTarget}.priority", "  priority needs in time", MeasureUnit.Fraction, "60 min"),
        new(MeasureNames.AttendanceWithinTarget, "Attended within the grade given's target", MeasureUnit.Fraction),
        new(MeasureNames.EmergencyMedianMinutes, "Emergency response, median", MeasureUnit.Minutes),
        new(MeasureNames.EmergencyP90Minutes, "Emergency response, 90th percentile", MeasureUnit.Minutes),
        new($"{MeasureNames.DispatchWaitMinutes}.emergency", "Wait for a unit: emergency", MeasureUnit.Minutes),
        new($"{MeasureNames.DispatchWaitMinutes}.priority", "Wait for a unit: priority", MeasureUnit.Minutes),
        new($"{MeasureNames.DispatchWaitMinutes}.scheduled", "Wait for a unit: scheduled", MeasureUnit.Minutes),
        new("response.unit_utilisation", "Response unit utilisation", MeasureUnit.Fraction, "≤ 85% (sustainable)"),
        new("response.other_work_share_of_busy_time", "  of it, work that is not a public call", MeasureUnit.Fraction),
        new(MeasureNames.CrimesRecorded, "Crimes recorded", MeasureUnit.Fraction, "≥ 90% (audit norm)"),
        new(MeasureNames.ViolenceRecorded, "Violent crimes recorded", MeasureUnit.Fraction),
        new(MeasureNames.AdditionalCrimesMissed, "Further or disclosed crimes missed", MeasureUnit.Fraction),
        new(MeasureNames.PlanSet, "Investigation plan set", MeasureUnit.Fraction),
        new(MeasureNames.Supervised, "Investigation supervised", MeasureUnit.Fraction),
        new(MeasureNames.EnquiriesCompleted, "Lines of enquiry completed", MeasureUnit.Fraction),
        new(MeasureNames.VictimsInformed, "Victims kept informed", MeasureUnit.Fraction, "every 28 days (Victims' Code)"),
        new(MeasureNames.VictimConfidence, "Victim confidence", MeasureUnit.Fraction),
        new(MeasureNames.UnreportedRepeatCrimes, "Repeat crimes not reported", MeasureUnit.Fraction),
        new(MeasureNames.AnnualCost, "Annual staff cost", MeasureUnit.Pounds),
    ];
}
