using ForceSim.Engine.Grading;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Running;
using ForceSim.Model.Loading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Tests.Inspection;

/// <summary>
/// The inspection emulator inside the real engine: a shortened Cambridgeshire baseline, graded by the shipped
/// rubric. The audit samples have the planned sizes, estimate the same thing as the full-population measures,
/// and carry the sampling noise of samples that small.
/// </summary>
public sealed class InspectionEmulatorTests : IClassFixture<InspectionEmulatorTests.ShortRun>
{
    private static readonly string[] Areas = ["responding_to_the_public", "investigating_crime", "crime_data_recording"];

    private readonly ExperimentResult _result;

    public InspectionEmulatorTests(ShortRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _result = run.Result;
    }

    [Fact]
    public void Every_replication_audits_the_planned_sample_sizes()
    {
        Assert.Equal(4, _result.Replications.Count);
        Assert.All(_result.Replications, r =>
        {
            Assert.Equal(79, r.Measures["inspection.attendance_within_need_target_n"]);
            Assert.Equal(81, r.Measures["inspection.repeat_victim_check_done_n"]);
            Assert.Equal(130, r.Measures["inspection.plan_set_n"]);
            Assert.Equal(130, r.Measures["inspection.supervised_n"]);
            Assert.Equal(130, r.Measures["inspection.enquiries_completed_n"]);
            Assert.Equal(1400, r.Measures["inspection.crimes_recorded_n"]);
            Assert.InRange(r.Measures["inspection.violence_recorded_n"]!.Value, 1, 1399);
            Assert.InRange(r.Measures["inspection.victims_informed_n"]!.Value, 0, 130);
        });
    }

    [Fact]
    public void The_one_force_has_the_same_audit_samples_as_the_whole_run()
    {
        Assert.All(_result.Replications, r =>
        {
            var force = Assert.Single(r.Forces).Value;
            Assert.All(InspectionMeasures.SampledCounterpart.Values, name =>
            {
                Assert.Equal(r.Measures[name], force[name]);
                Assert.Equal(r.Measures[name + "_n"], force[name + "_n"]);
            });
        });
    }

    [Fact]
    public void Every_population_measure_with_a_sampled_counterpart_is_one_the_engine_reports()
    {
        var measures = _result.Replications[0].Measures;

        Assert.All(InspectionMeasures.SampledCounterpart, pair =>
        {
            Assert.True(measures.ContainsKey(pair.Key), $"{pair.Key} is not a measure the engine reports");
            Assert.NotNull(measures[pair.Key]);
            Assert.NotNull(measures[pair.Value]);
        });
    }

    [Fact]
    public void Each_inspection_proportion_estimates_its_population_counterpart()
    {
        foreach (var (population, sampled) in InspectionMeasures.SampledCounterpart)
        {
            var p = Mean(population);
            var n = Mean(sampled + "_n");

            // Four standard errors of a mean of 4 binomial samples of size n; at least a point.
            var tolerance = Math.Max(0.01, 4 * Math.Sqrt(p * (1 - p) / (n * _result.Replications.Count)));
            Assert.True(Math.Abs(Mean(sampled) - p) <= tolerance, $"{sampled} mean {Mean(sampled):0.0000} vs {population} {p:0.0000} (tolerance {tolerance:0.0000})");
        }
    }

    [Theory]
    [InlineData("response.attendance_within_need_target")]
    [InlineData("triage.repeat_victim_check_done")]
    public void A_small_audit_sample_varies_more_between_replications_than_the_population_figure(string population)
    {
        var sampled = InspectionMeasures.SampledCounterpart[population];

        var sampledSd = StandardDeviation(sampled);
        var populationSd = StandardDeviation(population);

        Assert.True(sampledSd > 2 * populationSd, $"{sampled} sd {sampledSd:0.0000} vs {population} sd {populationSd:0.0000}");
    }

    [Fact]
    public void The_audit_samples_differ_from_the_population_by_about_binomial_sampling_noise()
    {
        // Each difference over its binomial standard error sqrt(p(1 - p) / n) is roughly standard normal, so the
        // root mean square over 2 measures × 4 replications lies well within 0.3..2 (chi-square with 8 df).
        var standardised = new List<double>();
        foreach (var population in (string[])["response.attendance_within_need_target", "triage.repeat_victim_check_done"])
        {
            var sampled = InspectionMeasures.SampledCounterpart[population];
            foreach (var r in _result.Replications)
            {
                var p = r.Measures[population]!.Value;
                var n = r.Measures[sampled + "_n"]!.Value;
                standardised.Add((r.Measures[sampled]!.Value - p) / Math.Sqrt(p * (1 - p) / n));
            }
        }

        var rms = Math.Sqrt(standardised.Average(z => z * z));
        Assert.InRange(rms, 0.3, 2.0);
    }

    [Fact]
    public void Each_area_gets_exactly_one_grade_per_view_in_every_replication()
    {
        Assert.All(_result.Replications, r =>
        {
            foreach (var area in Areas)
            {
                foreach (var view in (string[])["population", "inspection"])
                {
                    var indicators = GradeNames.All.Select(g => r.Measures[GradeIndicators.Name(area, view, g)]).ToList();
                    Assert.All(indicators, v => Assert.True(v is 0 or 1, $"{area}.{view} indicator {v}"));
                    Assert.Equal(1, indicators.Sum());
                }
            }
        });
    }

    [Fact]
    public void The_grade_indicator_means_are_a_probability_distribution_for_each_area()
    {
        foreach (var area in Areas)
        {
            foreach (var view in (string[])["population", "inspection"])
            {
                var means = GradeNames.All.Select(g => Mean(GradeIndicators.Name(area, view, g))).ToList();
                Assert.All(means, m => Assert.InRange(m, 0, 1));
                Assert.Equal(1, means.Sum(), 12);
                var distribution = GradeDistribution.From(area, view, _result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures));
                Assert.All(GradeNames.All, g => Assert.Equal(Mean(GradeIndicators.Name(area, view, g)), distribution.Probability[g], 12));
            }
        }
    }

    [Fact]
    public void Every_measure_the_default_rubric_grades_is_one_the_engine_reports()
    {
        var rubric = RubricLoader.LoadDefault();
        var measures = _result.Replications[0].Measures;

        Assert.Equal(Areas, rubric.Areas.Select(a => a.Id));
        Assert.All(rubric.Areas.SelectMany(a => a.Measures), m =>
        {
            Assert.True(measures.TryGetValue(m.Measure, out var value), $"the rubric grades {m.Measure}, which the engine does not report");
            Assert.NotNull(value);
        });
    }

    [Fact]
    public void The_sensitivity_of_the_run_has_eight_rows_per_graded_measure_from_a_graded_baseline()
    {
        var rubric = RubricLoader.LoadDefault();

        var rows = GradeSensitivity.Analyse(rubric, [.. _result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures)]);

        Assert.Equal(rubric.Areas.Sum(a => a.Measures.Count) * 4 * 2, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.BaselineGrade));
        Assert.All(Areas, area => Assert.Equal(
            GradeDistribution.From(area, "population", _result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures)).MostLikely,
            rows.First(r => r.Area == area).BaselineGrade));
    }

    private double Mean(string measure) => _result.Summary[measure].Mean!.Value;

    private double StandardDeviation(string measure) => _result.Summary[measure].StandardDeviation!.Value;

    /// <summary>One 90-day, 4-replication run of the shipped Cambridgeshire baseline, shared by the tests.</summary>
    public sealed class ShortRun : IAsyncLifetime
    {
        public ExperimentResult Result { get; private set; } = null!;

        public async Task InitializeAsync() => Result = await ExperimentRunner.RunAsync(TestScenarios.ShortCambridgeshire(days: 90, replications: 4));

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
