using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Loading;

/// <summary>Every key a scenario can hold, each set away from its default, must reach the matching record property.</summary>
public class CompleteScenarioTests
{
    private const string Complete = """
        name: Every key
        run: {seed: 9000000000000000000, replications: 20, horizon_days: 100, warmup_days: 14, window_minutes: 15, start_date: 2023-10-01}
        control_rooms:
          - id: joint
            name: Joint control room
            call_handlers:
              unlimited: false
              abstraction_rate: 0.2
              reserved_for_emergency: 3
              shifts:
                - {name: early, start_hour: 6.5, hours: 9.5, staff: 12}
            channels:
              emergency:
                handle_minutes: {dist: constant, value: 5}
                answer_target_seconds: 15
              non_emergency:
                handle_minutes: {dist: exponential, mean: 7}
                grading_minutes: {dist: exponential, mean: 3}
                patience_seconds: {dist: gamma, mean: 300, shape: 1.5}
                spill_to_emergency: {probability: 0.2}
              online:
                handle_minutes: {dist: uniform, min: 2, max: 6}
            triage:
              structured_assessment:
                mandatory_for: {channels: [emergency], incident_types: [burglary]}
                compliance: [{calls_waiting: 0, share: 0.8}, {calls_waiting: 10, share: 0.4}]
                minutes: {dist: constant, value: 3}
              repeat_victim_check:
                compliance: 0.7
                minutes: {dist: constant, value: 1}
                prompted_by_structured_assessment: false
              records_match:
                incident_log: {structured: 0.8, unstructured: 0.6}
                crime_record: {structured: 0.98, unstructured: 0.9}
              undergrade:
                structured: {vulnerable: 0.05, other: 0.02}
                unstructured: {vulnerable: 0.2, other: 0.1}
              vulnerability_identified: {structured: 0.9, unstructured: 0.6}
              delay_notification_rate: 0.5
        forces:
          - id: westshire
            name: Westshire Police
            control_room: joint
            demand:
              annual_volume: {emergency: 1000, non_emergency: 2000, online: 3000}
              hour_of_day: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]
              day_of_week: [1, 1, 1, 1, 2, 2, 1]
              month: [1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1]
            incident_types:
              - id: burglary
                share: {emergency: 1, non_emergency: 2, online: 3}
                grade: priority
                crime:
                  probability: 0.95
                  class: acquisitive
                  additional: [{probability: 0.3, class: damage}, {probability: 0.05, class: violence}]
                  victim_supports: 0.6
                vulnerability: 0.1
                victim: 0.8
                on_scene_minutes: {dist: empirical, values: [30, 60]}
                units: 1
              - id: welfare
                share: {emergency: 1, non_emergency: 1, online: 0}
                grade: resolution
                disclosed_crime: {probability: 0.1, class: violence}
                on_scene_minutes: {dist: constant, value: 0}
            grades:
              emergency: {urban_minutes: 10, rural_minutes: 25}
              priority: {minutes: 120}
              scheduled: {minutes: 4320}
              clock_starts_at: dispatch
            response:
              crew_size: 1
              shifts:
                - {name: days, start_hour: 8, hours: 12, units: 30}
              abstraction: {training: 0.04, court: 0.02, sickness: 0.05, leave: 0.12}
              paperwork_minutes_per_crime: 45
              max_paperwork_minutes_per_shift: 90
              other_work:
                - {name: custody, per_day: 12.5, minutes: {dist: lognormal, mean: 240, sd: 120}, units: 2, grade: emergency}
                - {name: scene_guard, per_day: 1, minutes: {dist: constant, value: 480}}
              scheduled:
                desk_resolution_share: 0.3
                appointments: {per_hour: 5, from_hour: 9, to_hour: 21, min_notice_hours: 4}
            travel:
              model: square_root
              minutes: {dist: lognormal, mean: 12, sd: 8}
              area_km2: 2500
              urban_share: 0.7
              k: 0.5
              urban_speed_kmh: 30
              rural_speed_kmh: 70
              urban_area_share: 0.2
              mobilise_minutes: 2
            recording:
              probability: {acquisitive: 0.95, violence: 0.85, damage: 0.9}
              missed_vulnerability_penalty: 0.3
              additional_crime_factor: 0.7
              disclosed_crime_factor: 0.6
              victim_not_supporting_factor: 0.8
              paperwork_pressure: [{backlog_minutes: 60, factor: 1}, {backlog_minutes: 240, factor: 0.9}]
              violence_classes: [violence]
            investigation:
              investigators: 250
              supervisors: 30
              reviews_per_supervisor_per_day: 8
              investigator_hours_per_day: 5
              max_hours_per_case_per_day: 3
              screened_out_share: 0.5
              lines_of_enquiry: {dist: uniform, min: 2, max: 6}
              hours_per_line: {dist: gamma, mean: 2, shape: 3}
              plan_within_days: 5
              plan_without_supervision: 0.4
              plan_effort_saving: 0.25
              review_interval_days: 14
              victim_update_interval_days: 21
              victim_update_minutes: 20
              case_deadline_days: 120
              timeliness_days: 45
              charge_probability: 0.2
              allocation_hour: 9
            victims:
              initial_confidence: 0.6
              confidence_change:
                attended_in_time: 0.1
                late_told_of_delay: -0.01
                late_not_told: -0.2
                crime_not_recorded: -0.3
                kept_informed: 0.03
                not_informed: -0.05
              repeat: {safeguarded: 0.05, not_safeguarded: 0.3, delay_days: {dist: exponential, mean: 30}, max_per_victim: 3}
              report_delay_minutes: {dist: constant, value: 60}
        costs:
          productive_hours_per_fte: 1600
          roles:
            call_handler: {annual_salary: 28000, on_cost_factor: 1.25}
            response_officer: {annual_salary: 40000}
            investigator: {annual_salary: 45000, on_cost_factor: 1.4}
            supervisor: {annual_salary: 55000, on_cost_factor: 1.35}

        """;

    private static Scenario Load()
    {
        var result = TestScenarios.Load(Complete);
        Assert.Empty(result.Problems);
        return result.Scenario!;
    }

    [Fact]
    public void Run_keys_are_bound()
    {
        Assert.Equal(new RunSettings
        {
            Seed = 9_000_000_000_000_000_000,
            Replications = 20,
            HorizonDays = 100,
            WarmupDays = 14,
            WindowMinutes = 15,
            StartDate = new DateOnly(2023, 10, 1),
        }, Load().Run);
    }

    [Fact]
    public void Control_room_keys_are_bound()
    {
        var room = Assert.Single(Load().ControlRooms);

        Assert.Equal("Joint control room", room.Name);
        Assert.Equal(0.2, room.CallHandlers.AbstractionRate);
        Assert.Equal(3, room.CallHandlers.ReservedForEmergency);
        Assert.Null(room.Channels[Channel.Emergency].GradingMinutes);
        Assert.Equal(Distribution.Exponential(3), room.Channels[Channel.NonEmergency].GradingMinutes);
        Assert.Equal([new StaffShift { Name = "early", StartHour = 6.5, Hours = 9.5, Count = 12 }], room.CallHandlers.Shifts);
        Assert.Equal(Distribution.Constant(5), room.Channels[Channel.Emergency].HandleMinutes);
        Assert.Equal(15, room.Channels[Channel.Emergency].AnswerTargetSeconds);
        Assert.Null(room.Channels[Channel.Emergency].PatienceSeconds);
        Assert.Equal(Distribution.Gamma(300, 1.5), room.Channels[Channel.NonEmergency].PatienceSeconds);
        Assert.Equal(new SpillOver { Probability = 0.2 }, room.Channels[Channel.NonEmergency].SpillToEmergency);
        Assert.Equal(Distribution.Uniform(2, 6), room.Channels[Channel.Online].HandleMinutes);
        Assert.Equal(new TriagePolicy
        {
            StructuredAssessment = new TriageTask
            {
                MandatoryChannels = [Channel.Emergency],
                MandatoryIncidentTypes = ["burglary"],
                Compliance = new PressureCurve([(0, 0.8), (10, 0.4)]),
                Minutes = Distribution.Constant(3),
            },
            RepeatVictimCheck = new TriageTask { Compliance = PressureCurve.Constant(0.7), Minutes = Distribution.Constant(1) },
            CheckPromptedByStructuredAssessment = false,
            RecordsMatch = new RecordsMatch { IncidentLogStructured = 0.8, IncidentLogUnstructured = 0.6, CrimeRecordStructured = 0.98, CrimeRecordUnstructured = 0.9 },
            UndergradeStructuredVulnerable = 0.05,
            UndergradeStructuredOther = 0.02,
            UndergradeUnstructuredVulnerable = 0.2,
            UndergradeUnstructuredOther = 0.1,
            VulnerabilityIdentifiedStructured = 0.9,
            VulnerabilityIdentifiedUnstructured = 0.6,
            DelayNotificationRate = 0.5,
        }, room.Triage);
    }

    [Fact]
    public void Demand_and_incident_type_keys_are_bound()
    {
        var force = Assert.Single(Load().Forces);

        Assert.Equal("Westshire Police", force.Name);
        Assert.Equal(3000, force.Demand.AnnualVolume[Channel.Online]);
        Assert.Equal(24, force.Demand.HourOfDay.Count);
        Assert.Equal(2, force.Demand.HourOfDay[12]);
        Assert.Equal([1, 1, 1, 1, 2, 2, 1], force.Demand.DayOfWeek);
        Assert.Equal(2, force.Demand.Month[6]);
        var burglary = force.IncidentTypes[0];
        Assert.Equal(new Dictionary<Channel, double> { [Channel.Emergency] = 1, [Channel.NonEmergency] = 2, [Channel.Online] = 3 }, burglary.Share);
        Assert.Equal(Grade.Priority, burglary.Grade);
        Assert.Equal("acquisitive", burglary.CrimeClass);
        Assert.Equal(0.95, burglary.CrimeProbability);
        Assert.Equal(0.1, burglary.Vulnerability);
        Assert.Equal(0.8, burglary.VictimShare);
        Assert.Equal(Distribution.Empirical([30, 60], []), burglary.OnSceneMinutes);
        Assert.Equal([new FurtherCrime { Probability = 0.3, Class = "damage" }, new FurtherCrime { Probability = 0.05, Class = "violence" }], burglary.AdditionalCrimes);
        Assert.Equal(0.6, burglary.VictimSupports);
        Assert.Null(burglary.DisclosedCrime);
        Assert.Equal(new FurtherCrime { Probability = 0.1, Class = "violence" }, force.IncidentTypes[1].DisclosedCrime);
        Assert.Empty(force.IncidentTypes[1].AdditionalCrimes);
        Assert.Equal(1, force.IncidentTypes[1].VictimSupports);
        Assert.Equal(Grade.Resolution, force.IncidentTypes[1].Grade);
        Assert.Equal(Distribution.Constant(0), force.IncidentTypes[1].OnSceneMinutes);
    }

    [Fact]
    public void Grade_response_and_travel_keys_are_bound()
    {
        var force = Load().Forces[0];

        Assert.Equal(new GradeTargets
        {
            EmergencyUrbanMinutes = 10,
            EmergencyRuralMinutes = 25,
            PriorityMinutes = 120,
            ScheduledMinutes = 4320,
            ClockStartsAt = ClockStart.Dispatch,
        }, force.Grades);
        Assert.Equal(1, force.Response.CrewSize);
        Assert.Equal([new StaffShift { Name = "days", StartHour = 8, Hours = 12, Count = 30 }], force.Response.Shifts);
        Assert.Equal(new AbstractionRates { Training = 0.04, Court = 0.02, Sickness = 0.05, Leave = 0.12 }, force.Response.Abstraction);
        Assert.Equal(45, force.Response.PaperworkMinutesPerCrime);
        Assert.Equal(90, force.Response.MaxPaperworkMinutesPerShift);
        Assert.Equal(
            [
                new OtherWork { Name = "custody", PerDay = 12.5, Minutes = Distribution.LogNormal(240, 120), Units = 2, Grade = Grade.Emergency },
                new OtherWork { Name = "scene_guard", PerDay = 1, Minutes = Distribution.Constant(480), Units = 1, Grade = Grade.Priority },
            ],
            force.Response.OtherWork);
        Assert.Equal(new ScheduledSettings
        {
            DeskResolutionShare = 0.3,
            Appointments = new AppointmentDiary { PerHour = 5, FromHour = 9, ToHour = 21, MinNoticeHours = 4 },
        }, force.Response.Scheduled);
        Assert.Equal(new TravelSettings
        {
            Model = TravelModel.SquareRoot,
            Minutes = Distribution.LogNormal(12, 8),
            AreaKm2 = 2500,
            UrbanShare = 0.7,
            K = 0.5,
            UrbanSpeedKmh = 30,
            RuralSpeedKmh = 70,
            UrbanAreaShare = 0.2,
            MobiliseMinutes = 2,
        }, force.Travel);
    }

    [Fact]
    public void Recording_investigation_and_victim_keys_are_bound()
    {
        var force = Load().Forces[0];

        Assert.Equal(new Dictionary<string, double> { ["acquisitive"] = 0.95, ["violence"] = 0.85, ["damage"] = 0.9 }, force.Recording.Probability);
        Assert.Equal(0.3, force.Recording.MissedVulnerabilityPenalty);
        Assert.Equal(0.7, force.Recording.AdditionalCrimeFactor);
        Assert.Equal(0.6, force.Recording.DisclosedCrimeFactor);
        Assert.Equal(0.8, force.Recording.VictimNotSupportingFactor);
        Assert.Equal(new PressureCurve([(60, 1), (240, 0.9)]), force.Recording.PaperworkPressure);
        Assert.Equal(["violence"], force.Recording.ViolenceClasses);
        Assert.Equal(new InvestigationSettings
        {
            Investigators = 250,
            Supervisors = 30,
            ReviewsPerSupervisorPerDay = 8,
            InvestigatorHoursPerDay = 5,
            MaxHoursPerCasePerDay = 3,
            ScreenedOutShare = 0.5,
            LinesOfEnquiry = Distribution.Uniform(2, 6),
            HoursPerLine = Distribution.Gamma(2, 3),
            PlanWithinDays = 5,
            PlanWithoutSupervision = 0.4,
            PlanEffortSaving = 0.25,
            ReviewIntervalDays = 14,
            VictimUpdateIntervalDays = 21,
            VictimUpdateMinutes = 20,
            CaseDeadlineDays = 120,
            TimelinessDays = 45,
            ChargeProbability = 0.2,
            AllocationHour = 9,
        }, force.Investigation);
        Assert.Equal(new VictimSettings
        {
            InitialConfidence = 0.6,
            AttendedInTime = 0.1,
            LateToldOfDelay = -0.01,
            LateNotTold = -0.2,
            CrimeNotRecorded = -0.3,
            KeptInformed = 0.03,
            NotInformed = -0.05,
            RepeatProbabilitySafeguarded = 0.05,
            RepeatProbabilityNotSafeguarded = 0.3,
            RepeatDelayDays = Distribution.Exponential(30),
            MaxRepeatsPerVictim = 3,
            ReportDelayMinutes = Distribution.Constant(60),
        }, force.Victims);
    }

    [Fact]
    public void Cost_keys_are_bound()
    {
        var costs = Load().Costs;

        Assert.Equal(1600, costs.ProductiveHoursPerFte);
        Assert.Equal(new RoleCost { AnnualSalary = 28_000, OnCostFactor = 1.25 }, costs.Roles[StaffRole.CallHandler]);
        Assert.Equal(new RoleCost { AnnualSalary = 40_000, OnCostFactor = 1.3 }, costs.Roles[StaffRole.ResponseOfficer]);
        Assert.Equal(new RoleCost { AnnualSalary = 45_000, OnCostFactor = 1.4 }, costs.Roles[StaffRole.Investigator]);
        Assert.Equal(new RoleCost { AnnualSalary = 55_000, OnCostFactor = 1.35 }, costs.Roles[StaffRole.Supervisor]);
    }
}
