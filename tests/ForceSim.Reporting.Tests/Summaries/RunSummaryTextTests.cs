using ForceSim.Engine.Grading;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Summaries;
using ForceSim.Testing.Rubrics;

namespace ForceSim.Reporting.Tests.Summaries;

public sealed class RunSummaryTextTests
{
    private const string Responding = "responding_to_the_public";

    private static readonly AttendanceTargets Targets = new(15, 20, 60);

    [Fact]
    public void The_attendance_sentence_follows_the_results_when_attendance_rises_from_57_to_81_percent()
    {
        var before = Sentences(Attendance(0.57, emergency: 0.6, priority: 0.6));
        var after = Sentences(Attendance(0.81, emergency: 0.8, priority: 0.82));

        Assert.Equal("Attendance in time for the need 57%: about 2 in 5 emergencies wait longer than 15 minutes in towns and 20 in the country; about 2 in 5 priority incidents wait longer than 1 hour.", before[0]);
        Assert.Equal("Attendance in time for the need 81%: about 1 in 5 emergencies wait longer than 15 minutes in towns and 20 in the country; about 1 in 5 priority incidents wait longer than 1 hour.", after[0]);
    }

    [Fact]
    public void The_attendance_targets_quoted_are_the_scenarios_own()
    {
        var sentences = RunSummaryText.Sentences(Summary(Attendance(0.57, emergency: 0.6, priority: 0.55)), new AttendanceTargets(10, 10, 120), []);

        Assert.Contains("longer than 10 minutes;", sentences[0], StringComparison.Ordinal);
        Assert.Contains("longer than 2 hours.", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_targets_are_read_from_the_scenarios_forces_and_left_unnamed_when_forces_differ()
    {
        var scenario = TestScenarios.Load("validation/erlang-c.yaml");
        var force = scenario.Forces[0];
        var one = scenario with { Forces = [force with { Grades = new GradeTargets { EmergencyUrbanMinutes = 12, PriorityMinutes = 45 } }] };
        var two = scenario with { Forces = [force, force with { Id = "other", Grades = new GradeTargets { EmergencyUrbanMinutes = 12 } }] };

        Assert.Equal(new AttendanceTargets(12, 20, 45), AttendanceTargets.Of(one));
        Assert.Equal(new AttendanceTargets(null, 20, 60), AttendanceTargets.Of(two));
    }

    [Fact]
    public void The_call_sentence_gives_the_101_wait_in_minutes_and_the_share_who_give_up_in_words()
    {
        var sentences = Sentences(
            (MeasureNames.EmergencyAnsweredWithin10s, 0.933),
            (MeasureNames.NonEmergencyMeanAnswerSeconds, 269.4),
            (MeasureNames.NonEmergencyAbandoned, 0.155));

        Assert.Equal("93% of 999 calls are answered within 10 seconds (the national standard is 90%); 101 callers wait 4½ minutes on average and 1 in 6 give up.", Assert.Single(sentences));
    }

    [Fact]
    public void A_measure_the_run_did_not_produce_gets_no_sentence()
    {
        var sentences = Sentences((MeasureNames.PlanSet, 0.61));

        Assert.Equal("Of crimes investigated, 61% have an investigation plan.", Assert.Single(sentences));
    }

    [Fact]
    public void Response_units_are_mentioned_only_when_they_are_busier_than_is_sustainable()
    {
        Assert.Empty(Sentences(("response.unit_utilisation", 0.8)));
        Assert.Contains("busy 88% of the time they are available for dispatch", Assert.Single(Sentences(("response.unit_utilisation", 0.88))), StringComparison.Ordinal);
        Assert.Contains("demand exceeds what they can attend", Assert.Single(Sentences(("response.unit_utilisation", 1.06))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_grade_sentence_follows_the_grade_probabilities_in_the_results()
    {
        var mostlyPoor = Grade(InspectionGrade.RequiresImprovement, InspectionGrade.RequiresImprovement, InspectionGrade.RequiresImprovement, InspectionGrade.Adequate);
        var mostlyAdequate = Grade(InspectionGrade.Adequate, InspectionGrade.Adequate, InspectionGrade.Adequate, InspectionGrade.RequiresImprovement);

        Assert.Equal("Likely graded requires improvement for responding to the public (probability 75%).", RunSummaryText.GradeSentence(mostlyPoor));
        Assert.Equal("Likely graded adequate for responding to the public (probability 75%).", RunSummaryText.GradeSentence(mostlyAdequate));
    }

    [Fact]
    public void A_reason_given_for_an_area_is_appended_as_mainly_because()
    {
        var area = Grade(InspectionGrade.RequiresImprovement);
        var reasons = new Dictionary<string, string> { [Responding] = "attendance in time for the need (57%) is below the adequate threshold of 60%." };

        var sentences = RunSummaryText.Sentences(Summary(), Targets, [area], reasons);

        Assert.Equal("Likely graded requires improvement for responding to the public (probability 100%), mainly because attendance in time for the need (57%) is below the adequate threshold of 60%.", Assert.Single(sentences));
    }

    [Fact]
    public void An_area_no_replication_could_grade_says_no_grade_can_be_given()
    {
        var empty = new AreaGrade(Responding, "Responding to the public", new GradeDistribution(Responding, "inspection", new Dictionary<InspectionGrade, double>()));

        Assert.Equal("No grade can be given for responding to the public from these results.", RunSummaryText.GradeSentence(empty));
    }

    [Fact]
    public void A_whole_run_gets_its_sentences_from_its_replications_grade_indicators()
    {
        var rubric = TestRubrics.Rubric(TestRubrics.Area(Responding, GradeCombination.Average, TestRubrics.Higher(MeasureNames.EmergencyAnsweredWithin10s)));
        var result = TestResults.Experiment(
            TestResults.Replication(0, (MeasureNames.EmergencyAnsweredWithin10s, 0.5), (GradeIndicators.Name(Responding, "inspection", InspectionGrade.Good), 1)),
            TestResults.Replication(1, (MeasureNames.EmergencyAnsweredWithin10s, 0.6), (GradeIndicators.Name(Responding, "inspection", InspectionGrade.Good), 1)));

        var sentences = RunSummaryText.Sentences(TestScenarios.Load("validation/erlang-c.yaml"), rubric, result);

        Assert.Equal(["55% of 999 calls are answered within 10 seconds (the national standard is 90%).", "Likely graded good for responding to the public (probability 100%)."], sentences);
    }

    private static IReadOnlyList<string> Sentences(params (string Name, double Value)[] measures) =>
        RunSummaryText.Sentences(Summary(measures), Targets, []);

    private static (string, double)[] Attendance(double overall, double emergency, double priority) =>
    [
        (MeasureNames.AttendanceWithinNeedTarget, overall),
        ($"{MeasureNames.AttendanceWithinNeedTarget}.emergency", emergency),
        ($"{MeasureNames.AttendanceWithinNeedTarget}.priority", priority),
    ];

    private static SortedDictionary<string, MeasureSummary> Summary(params (string Name, double Value)[] measures) =>
        ExperimentResult.Summarise([TestResults.Measures([.. measures.Select(m => (m.Name, (double?)m.Value))])]);

    private static AreaGrade Grade(params InspectionGrade[] replications) =>
        new(Responding, "Responding to the public", GradeDistribution.From(
            Responding,
            "inspection",
            replications.Select(g => (IReadOnlyDictionary<string, double?>)TestResults.Measures((GradeIndicators.Name(Responding, "inspection", g), 1)))));
}
