using ForceSim.Engine.Costing;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Measures;

/// <summary>
/// Turns a replication's tallies into named measures. A measure with nothing to measure (no crimes in
/// a textbook queueing scenario, say) is null rather than a made-up zero.
/// </summary>
public static class MeasureCalculator
{
    private static readonly string[] ChannelNames = ["emergency", "non_emergency", "online"];
    private static readonly string[] GradeNames = ["emergency", "priority", "scheduled"];

    /// <param name="crimeClasses">The scenario's crime classes, by the index the recording tally counts them by.</param>
    public static SortedDictionary<string, double?> Compute(ForceTally force, ControlRoomTally? room, MeasuredPeriod period, IReadOnlyList<RoleCostBreakdown> costs, IReadOnlyList<string>? crimeClasses = null)
    {
        ArgumentNullException.ThrowIfNull(force);
        ArgumentNullException.ThrowIfNull(costs);
        var m = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        Contact(m, force.Contact, room, period);
        Triage(m, force.Triage);
        Response(m, force.Response, period);
        Recording(m, force.Recording, crimeClasses ?? []);
        Investigation(m, force.Investigation);
        Victims(m, force.Victims, period);
        m[MeasureNames.AnnualCost] = costs.Sum(c => c.AnnualGbp);
        foreach (var cost in costs)
        {
            m[$"cost.{Snake(cost.Role)}_gbp"] = cost.AnnualGbp;
            m[$"cost.{Snake(cost.Role)}_fte"] = cost.Fte;
        }

        // Whatever a degenerate scenario produces, a measure is a finite number or null, never NaN.
        foreach (var name in m.Keys.ToList())
        {
            if (m[name] is { } value && !double.IsFinite(value))
            {
                m[name] = null;
            }
        }

        return m;
    }

    private static void Contact(SortedDictionary<string, double?> m, ContactTally t, ControlRoomTally? room, MeasuredPeriod period)
    {
        var days = period.Minutes / 1440.0;
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            var name = ChannelNames[c];
            if (t.Offered[c] == 0)
            {
                continue;
            }

            var left = t.Answered[c] + t.Abandoned[c];
            m[$"contact.{name}_contacts_per_day"] = t.Offered[c] / days;
            m[$"contact.{name}_mean_answer_seconds"] = Ratio(t.AnswerWait[c].Sum, t.Answered[c]);
            m[$"contact.{name}_answered_within_target"] = Ratio(t.AnsweredWithinTarget[c], t.Offered[c]);
            m[$"contact.{name}_abandoned"] = Ratio(t.Abandoned[c], t.Offered[c]);
            m[$"contact.{name}_p_wait"] = Ratio(t.Answered[c] - t.AnsweredWithoutWait[c], t.Answered[c]);
            m[$"contact.{name}_mean_queue_seconds"] = Ratio(t.QueueSeconds[c], left);
            if (room is not null)
            {
                m[$"contact.{name}_queue_mean_length"] = room.QueueLength[c].Area / period.Minutes;
            }
        }

        if (t.Offered[0] > 0)
        {
            // Answered within 10 seconds out of all 999 calls offered: the national standard's measure.
            m[MeasureNames.EmergencyAnsweredWithin10s] = t.Answered[0] == 0 ? 0 : t.Answered[0] * t.AnswerWait[0].FractionAtMost(10.0) / t.Offered[0];
        }

        if (t.Offered[1] > 0)
        {
            m["contact.non_emergency_spilled_to_emergency"] = Ratio(t.SpilledToEmergency[1], t.Offered[1]);
        }

        if (room is not null && room.HandlersOnDuty.Area > 0)
        {
            m["contact.handler_utilisation"] = room.HandlersBusy.Area / room.HandlersOnDuty.Area;
        }
    }

    private static void Triage(SortedDictionary<string, double?> m, TriageTally t)
    {
        m[MeasureNames.StructuredAssessmentRate] = Ratio(t.Structured, t.Triaged);
        m[MeasureNames.RepeatVictimCheckDone] = Ratio(t.CheckDone, t.Triaged);
        m[MeasureNames.RepeatVictimsIdentified] = Ratio(t.RepeatsIdentified, t.TrueRepeats);
        m[MeasureNames.VulnerabilityIdentified] = Ratio(t.VulnerabilityIdentified, t.Vulnerable);
        m[MeasureNames.Undergraded] = Ratio(t.Undergraded, t.Triaged);
        m[MeasureNames.UndergradedLateForNeed] = Ratio(t.UndergradedLateForNeed, t.UndergradedAttended);
        m["triage.cross_border_repeats_identified"] = Ratio(t.CrossBorderRepeatsIdentified, t.CrossBorderRepeats);
    }

    private static void Response(SortedDictionary<string, double?> m, ResponseTally t, MeasuredPeriod period)
    {
        var hours = period.Minutes / 60.0;
        m[MeasureNames.AttendanceWithinTarget] = Ratio(t.WithinTarget[0] + t.WithinTarget[1], t.Attended[0] + t.Attended[1]);

        // As an inspector judges it: against the grade the incident needed, whatever grade it was given; an incident
        // that needed a unit and was resolved without one was not attended in time.
        m[MeasureNames.AttendanceWithinNeedTarget] = Ratio(
            t.WithinNeedTarget[0] + t.WithinNeedTarget[1],
            t.AttendedByNeed[0] + t.AttendedByNeed[1] + t.NeedNotAttended[0] + t.NeedNotAttended[1]);
        for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
        {
            var name = GradeNames[g];
            m[$"{MeasureNames.AttendanceWithinTarget}.{name}"] = Ratio(t.WithinTarget[g], t.Attended[g]);
            m[$"{MeasureNames.AttendanceWithinNeedTarget}.{name}"] = Ratio(t.WithinNeedTarget[g], t.AttendedByNeed[g] + t.NeedNotAttended[g]);
            m[$"{MeasureNames.DispatchWaitMinutes}.{name}"] = Ratio(t.DispatchWaitMinutes[g], t.Dispatched[g]);
            m[$"response.dispatch_queue_mean_length.{name}"] = t.DispatchQueue[g].Area / period.Minutes;
            m[$"response.incidents_per_hour.{name}"] = t.Incidents[g] / hours;
            m[$"response.mean_minutes.{name}"] = NullIfNaN(t.ResponseTime[g].Mean);
        }

        m["response.resolved_without_deployment"] = Ratio(t.Incidents[3], t.Incidents.Sum());
        m["response.scheduled_resolved_by_desk"] = Ratio(t.DeskResolved, t.Incidents[2]);
        m["response.appointment_lead_hours"] = Ratio(t.AppointmentLeadMinutes / 60.0, t.AppointmentsBooked);
        m["response.other_work_tasks_per_day"] = t.OtherWorkTasks / (period.Minutes / 1440.0);
        m["response.other_work_share_of_busy_time"] = Ratio(t.OtherWorkUnitMinutes, t.UnitsBusy.Area);
        m[MeasureNames.EmergencyMedianMinutes] = NullIfNaN(t.ResponseTime[0].Quantile(0.5));
        m[MeasureNames.EmergencyP90Minutes] = NullIfNaN(t.ResponseTime[0].Quantile(0.9));
        m["response.priority_median_minutes"] = NullIfNaN(t.ResponseTime[1].Quantile(0.5));
        var busy = t.UnitsBusy.Area / period.Minutes;
        m["response.units_busy_mean"] = busy;
        m["response.units_busy_variance"] = Math.Max(0, (t.UnitsBusy.AreaOfSquares / period.Minutes) - (busy * busy));
        m["response.units_on_duty_mean"] = t.UnitsOnDuty.Area / period.Minutes;
        m["response.unit_utilisation"] = Ratio(t.UnitsBusy.Area, t.UnitsOnDuty.Area);
        m["response.abstraction_rate"] = Ratio(t.ShiftsAbstracted, t.ShiftsPlanned);
        m["response.overtime_hours_per_day"] = t.OvertimeMinutes / 60.0 / (period.Minutes / 1440.0);
        var years = period.Minutes / (365.0 * 1440.0);
        m["response.mutual_aid_requests_per_year"] = t.AidRequests / years;
        m["response.mutual_aid_units_borrowed_per_year"] = t.AidUnitsBorrowed / years;
        m["response.mutual_aid_units_lent_per_year"] = t.AidUnitsLent / years;
    }

    private static void Recording(SortedDictionary<string, double?> m, RecordingTally t, IReadOnlyList<string> classes)
    {
        m[MeasureNames.CrimesRecorded] = Ratio(t.CrimesRecorded, t.CrimesOccurring);
        m[MeasureNames.ViolenceRecorded] = Ratio(t.ViolenceRecorded, t.ViolenceOccurring);
        m["recording.crimes_reported"] = t.CrimesOccurring;
        var further = t.AdditionalOccurring + t.DisclosedOccurring;
        m[MeasureNames.AdditionalCrimesMissed] = Ratio(further - t.AdditionalRecorded - t.DisclosedRecorded, further);
        m["recording.disclosed_crimes_missed"] = Ratio(t.DisclosedOccurring - t.DisclosedRecorded, t.DisclosedOccurring);
        for (var c = 0; c < classes.Count && c < t.ClassOccurring.Count; c++)
        {
            if (t.ClassOccurring[c] > 0)
            {
                m[$"recording.class.{classes[c]}.recorded"] = Ratio(t.ClassRecorded[c], t.ClassOccurring[c]);
            }
        }
    }

    private static void Investigation(SortedDictionary<string, double?> m, InvestigationTally t)
    {
        m[MeasureNames.PlanSet] = Ratio(t.PlanSet, t.Closed);
        m[MeasureNames.Supervised] = Ratio(t.Supervised, t.Closed);
        m[MeasureNames.EnquiriesCompleted] = Ratio(t.LinesCompleted, t.LinesTotal);
        m[MeasureNames.VictimsInformed] = Ratio(t.UpdatesDelivered, t.UpdatesDue);
        m["investigation.timeliness"] = Ratio(t.Timely, t.Closed);
        m["investigation.charge_rate"] = Ratio(t.Charged, t.Closed);
        m["investigation.screened_out"] = Ratio(t.ScreenedOut, t.Referred);
        m["investigation.mean_caseload"] = Ratio(t.CaseloadSum, t.CaseloadSamples);
    }

    private static void Victims(SortedDictionary<string, double?> m, VictimTally t, MeasuredPeriod period)
    {
        m[MeasureNames.VictimConfidence] = Ratio(t.ConfidenceSum, t.Victims);
        m[MeasureNames.UnreportedRepeatCrimes] = Ratio(t.RepeatsUnreported, t.RepeatsReported + t.RepeatsUnreported);
        m["victims.unreported_repeat_crimes_per_year"] = t.RepeatsUnreported / (period.Minutes / (365.0 * 1440.0));
        m["victims.repeat_victimisations_per_year"] = t.RepeatVictimisations / (period.Minutes / (365.0 * 1440.0));
    }

    private static double? Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : null;

    private static double? NullIfNaN(double value) => double.IsFinite(value) ? value : null;

    private static string Snake(StaffRole role) => role switch
    {
        StaffRole.CallHandler => "call_handler",
        StaffRole.ResponseOfficer => "response_officer",
        StaffRole.Investigator => "investigator",
        _ => "supervisor",
    };
}
