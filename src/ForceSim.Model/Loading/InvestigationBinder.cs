using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds a force's <c>investigation</c>: investigators, supervisors and investigation policy.</summary>
internal static class InvestigationBinder
{
    public static InvestigationSettings Bind(MappingReader reader)
    {
        var d = new InvestigationSettings();
        return new InvestigationSettings
        {
            Investigators = reader.Integer("investigators", d.Investigators, SettingLimits.MinInvestigators, SettingLimits.MaxInvestigators),
            Supervisors = reader.Integer("supervisors", d.Supervisors, 0, SettingLimits.MaxSupervisors),
            ReviewsPerSupervisorPerDay = reader.Number("reviews_per_supervisor_per_day", d.ReviewsPerSupervisorPerDay, NumberRange.Between(0, 100)),
            InvestigatorHoursPerDay = reader.Number("investigator_hours_per_day", d.InvestigatorHoursPerDay, NumberRange.Between(0.5, 16)),
            MaxHoursPerCasePerDay = reader.Number("max_hours_per_case_per_day", d.MaxHoursPerCasePerDay, NumberRange.Between(0.25, 16)),
            ScreenedOutShare = reader.Number("screened_out_share", d.ScreenedOutShare, NumberRange.Probability),
            LinesOfEnquiry = DistributionBinder.Optional(reader, "lines_of_enquiry", d.LinesOfEnquiry),
            HoursPerLine = DistributionBinder.Optional(reader, "hours_per_line", d.HoursPerLine),
            PlanWithinDays = reader.Number("plan_within_days", d.PlanWithinDays, NumberRange.Between(0.5, 60)),
            PlanWithoutSupervision = reader.Number("plan_without_supervision", d.PlanWithoutSupervision, NumberRange.Probability),
            PlanEffortSaving = reader.Number("plan_effort_saving", d.PlanEffortSaving, NumberRange.Between(0, 0.9)),
            ReviewIntervalDays = reader.Number("review_interval_days", d.ReviewIntervalDays, NumberRange.Between(1, 365)),
            VictimUpdateIntervalDays = reader.Number("victim_update_interval_days", d.VictimUpdateIntervalDays, NumberRange.Between(1, 365)),
            VictimUpdateMinutes = reader.Number("victim_update_minutes", d.VictimUpdateMinutes, NumberRange.Between(0, 240)),
            CaseDeadlineDays = reader.Number("case_deadline_days", d.CaseDeadlineDays, NumberRange.Between(1, 730)),
            TimelinessDays = reader.Number("timeliness_days", d.TimelinessDays, NumberRange.Between(1, 730)),
            ChargeProbability = reader.Number("charge_probability", d.ChargeProbability, NumberRange.Probability),
            AllocationHour = reader.Integer("allocation_hour", d.AllocationHour, 0, 23),
        };
    }
}
