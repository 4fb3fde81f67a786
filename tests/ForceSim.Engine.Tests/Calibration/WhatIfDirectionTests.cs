using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Calibration;

/// <summary>
/// Each shipped what-if overlay moves its measures the way a practitioner would expect. Baseline and
/// overlay share the seed, so callers, incidents and victims are the same (common random numbers) and the
/// paired difference is tested, which keeps these tests from being flaky.
/// </summary>
public sealed class WhatIfDirectionTests : IClassFixture<WhatIfDirectionTests.Runs>
{
    private readonly Runs _runs;

    public WhatIfDirectionTests(Runs runs)
    {
        _runs = runs;
    }

    [Fact]
    public void Twenty_more_call_handlers_shorten_101_waits_and_cost_more()
    {
        var option = _runs["plus-20-call-handlers"];
        PairedDifference.AssertDecreases(_runs.Baseline, option, MeasureNames.NonEmergencyMeanAnswerSeconds);
        PairedDifference.AssertDecreases(_runs.Baseline, option, MeasureNames.NonEmergencyAbandoned);
        PairedDifference.AssertIncreases(_runs.Baseline, option, "cost.call_handler_gbp");
    }

    [Fact]
    public void Structured_assessment_on_every_call_finds_more_vulnerability_and_undergrades_less()
    {
        var option = _runs["structured-assessment-every-call"];
        Assert.Equal(1.0, option.Summary[MeasureNames.StructuredAssessmentRate].Mean);
        PairedDifference.AssertIncreases(_runs.Baseline, option, "triage.vulnerability_identified");
        PairedDifference.AssertDecreases(_runs.Baseline, option, "triage.undergraded");
        PairedDifference.AssertIncreases(_runs.Baseline, option, MeasureNames.ViolenceRecorded);
    }

    [Fact]
    public void One_supervisor_per_six_investigators_sets_more_plans_and_supervises_more()
    {
        var option = _runs["supervisor-per-6-investigators"];
        PairedDifference.AssertIncreases(_runs.Baseline, option, MeasureNames.PlanSet);
        PairedDifference.AssertIncreases(_runs.Baseline, option, MeasureNames.Supervised);
        PairedDifference.AssertIncreases(_runs.Baseline, option, "cost.supervisor_gbp");
    }

    [Fact]
    public void Thirty_more_response_officers_raise_attendance_within_target()
    {
        var option = _runs["plus-30-response-officers"];
        PairedDifference.AssertIncreases(_runs.Baseline, option, MeasureNames.AttendanceWithinTarget);
        PairedDifference.AssertDecreases(_runs.Baseline, option, MeasureNames.EmergencyMedianMinutes);
        PairedDifference.AssertIncreases(_runs.Baseline, option, "cost.response_officer_gbp");
    }

    [Fact]
    public void The_combination_improves_every_area_at_once()
    {
        var option = _runs["combined"];
        PairedDifference.AssertDecreases(_runs.Baseline, option, MeasureNames.NonEmergencyMeanAnswerSeconds);
        PairedDifference.AssertIncreases(_runs.Baseline, option, "triage.vulnerability_identified");
        PairedDifference.AssertIncreases(_runs.Baseline, option, MeasureNames.PlanSet);
        PairedDifference.AssertIncreases(_runs.Baseline, option, MeasureNames.AttendanceWithinTarget);
        PairedDifference.AssertIncreases(_runs.Baseline, option, MeasureNames.AnnualCost);
    }

    /// <summary>
    /// The baseline and every overlay, each a full year (investigation backlogs take months to settle, so a
    /// shortened run would not show the supervision effect), three replications each, run once for all the tests.
    /// </summary>
    public sealed class Runs : IAsyncLifetime
    {
        private readonly Dictionary<string, ExperimentResult> _options = [];

        public ExperimentResult Baseline { get; private set; } = null!;

        public ExperimentResult this[string name] => _options[name];

        public async Task InitializeAsync()
        {
            Baseline = await Run("cambridgeshire-2022.yaml");
            foreach (var name in (string[])["plus-20-call-handlers", "structured-assessment-every-call", "supervisor-per-6-investigators", "plus-30-response-officers", "combined"])
            {
                _options[name] = await Run($"whatif/{name}.yaml");
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        private static Task<ExperimentResult> Run(string file) =>
            ExperimentRunner.RunAsync(TestScenarios.Load(file).WithReplications(3));
    }
}
