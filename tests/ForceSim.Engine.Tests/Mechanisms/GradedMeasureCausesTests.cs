using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>
/// No graded measure is an input read back out: for every measure the shipped rubric grades, a change to something
/// other than a parameter of the same name moves it, paired on common random numbers with an interval clear of zero.
/// The table must cover the rubric, so a newly graded measure without a cause here fails.
/// </summary>
public sealed class GradedMeasureCausesTests : IClassFixture<GradedMeasureCausesTests.Baseline>
{
    /// <summary>Each graded measure, a cause that is not a setting of that name, and which way the cause moves it.</summary>
    private static readonly Dictionary<string, Cause> Causes = new(StringComparer.Ordinal)
    {
        [MeasureNames.AttendanceWithinNeedTarget] = new("four more response units on every shift", Rises,
            s => s.WithResponseShifts(shift => shift with { Count = shift.Count + 4 })),
        [MeasureNames.EmergencyAnsweredWithin10s] = new("two more call handlers on every shift", Rises,
            s => s.WithCallHandlerShifts(shift => shift with { Count = shift.Count + 2 })),
        [MeasureNames.NonEmergencyMeanAnswerSeconds] = new("30% more 101 calls", Rises,
            s => s.WithDemandScaled(Channel.NonEmergency, 1.3)),
        [MeasureNames.NonEmergencyAbandoned] = new("30% more 101 calls", Rises,
            s => s.WithDemandScaled(Channel.NonEmergency, 1.3)),
        [MeasureNames.RepeatVictimsIdentified] = new("crimes recorded half as often", Falls,
            s => s.WithRecordingProbability(0.5)),
        [MeasureNames.VulnerabilityIdentified] = new("a structured assessment mandatory on every call", Rises,
            s => s.WithTriage(t => t with { StructuredAssessment = t.StructuredAssessment with { MandatoryChannels = [Channel.Emergency, Channel.NonEmergency, Channel.Online] } })),
        [MeasureNames.PlanSet] = new("ten fewer supervisors", Falls,
            s => s.WithInvestigation(i => i with { Supervisors = i.Supervisors - 10 })),
        [MeasureNames.Supervised] = new("forty fewer investigators", Falls,
            s => s.WithInvestigation(i => i with { Investigators = i.Investigators - 40 })),
        [MeasureNames.EnquiriesCompleted] = new("forty fewer investigators", Falls,
            s => s.WithInvestigation(i => i with { Investigators = i.Investigators - 40 })),
        [MeasureNames.VictimsInformed] = new("ten fewer supervisors", Falls,
            s => s.WithInvestigation(i => i with { Supervisors = i.Supervisors - 10 })),
        [MeasureNames.CrimesRecorded] = new("three times the write-up time per crime (officers under paperwork pressure)", Falls,
            s => s.WithResponse(r => r with { PaperworkMinutesPerCrime = r.PaperworkMinutesPerCrime * 3 })),
        [MeasureNames.ViolenceRecorded] = new("further crimes in an incident recorded less often", Falls,
            s => s.WithRecording(r => r with { AdditionalCrimeFactor = r.AdditionalCrimeFactor * 0.5 })),
    };

    private const int Rises = 1;
    private const int Falls = -1;

    private readonly Baseline _baseline;

    public GradedMeasureCausesTests(Baseline baseline)
    {
        _baseline = baseline;
    }

    public static TheoryData<string> GradedMeasures { get; } = [.. Causes.Keys];

    [Fact]
    public void Every_measure_the_shipped_rubric_grades_has_a_cause_in_the_table()
    {
        var graded = RubricLoader.LoadFile(RepositoryPaths.Scenario("rubrics/peel.yaml")).Rubric!.Areas.SelectMany(a => a.Measures).Select(m => m.Measure);

        Assert.Equal(graded.Order(StringComparer.Ordinal), Causes.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(GradedMeasures))]
    public async Task A_graded_measure_moves_when_something_other_than_itself_changes(string measure)
    {
        var cause = Causes[measure];
        var changed = await ExperimentRunner.RunAsync(cause.Change(_baseline.Scenario));

        var d = PairedDifference.Of(_baseline.Result, changed, measure);

        Assert.True(
            cause.Direction == Rises ? d.Lower > 0 : d.Upper < 0,
            $"{measure} should {(cause.Direction == Rises ? "rise" : "fall")} with {cause.Description}: paired difference {d.Mean} with 95% CI [{d.Lower}, {d.Upper}]");
    }

    /// <summary>A change to the scenario and the way it should move a measure.</summary>
    private sealed record Cause(string Description, int Direction, Func<Scenario, Scenario> Change);

    /// <summary>
    /// Half a year of the shipped baseline, run once for every row: long enough for investigation backlogs to build and
    /// for repeat victims to call again, short enough to stay cheap.
    /// </summary>
    public sealed class Baseline : IAsyncLifetime
    {
        public Scenario Scenario { get; } = TestScenarios.ShortCambridgeshire(days: 180);

        public ExperimentResult Result { get; private set; } = null!;

        public async Task InitializeAsync() => Result = await ExperimentRunner.RunAsync(Scenario);

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
