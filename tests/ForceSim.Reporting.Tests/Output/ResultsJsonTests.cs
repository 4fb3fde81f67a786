using System.Text.Json;
using ForceSim.Engine.Inspection;
using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Tests.Output;

public class ResultsJsonTests
{
    [Fact]
    public void Renders_valid_json_with_scenario_seed_replications_measures_and_forces()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("a.rate", 0.5)),
            TestResults.Replication(1, ("a.rate", 0.7)));

        var text = ResultsJson.Render(result);

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(["scenario", "seed", "replications", "measures", "forces"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Test scenario", root.GetProperty("scenario").GetString());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal(2, root.GetProperty("replications").GetInt32());
        Assert.Equal(["a.rate"], root.GetProperty("measures").EnumerateObject().Select(p => p.Name));
        Assert.Equal([TestResults.Force], root.GetProperty("forces").EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_measure_has_mean_ci95_sd_and_n_equal_to_its_summary()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("a.rate", 0.1)),
            TestResults.Replication(1, ("a.rate", 0.2)),
            TestResults.Replication(2, ("a.rate", 0.6)));
        var expected = result.Summary["a.rate"];

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        var measure = json.RootElement.GetProperty("measures").GetProperty("a.rate");
        // The t interval would go below zero here, so the interval is the bootstrap's, and says so.
        Assert.Equal(["mean", "ci95", "ci_method", "sd", "n"], measure.EnumerateObject().Select(p => p.Name));
        Assert.Equal("percentile_bootstrap", measure.GetProperty("ci_method").GetString());
        Assert.Equal(expected.Mean, measure.GetProperty("mean").GetDouble());
        Assert.Equal([expected.Lower!.Value, expected.Upper!.Value], measure.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(expected.StandardDeviation, measure.GetProperty("sd").GetDouble());
        Assert.Equal(3, measure.GetProperty("n").GetInt32());
    }

    [Fact]
    public void A_measure_with_no_observations_has_null_mean_ci95_and_sd_and_n_0()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("crime.rate", null)),
            TestResults.Replication(1, ("crime.rate", null)));

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        var measure = json.RootElement.GetProperty("measures").GetProperty("crime.rate");
        Assert.Equal(JsonValueKind.Null, measure.GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, measure.GetProperty("ci95").ValueKind);
        Assert.Equal(JsonValueKind.Null, measure.GetProperty("sd").ValueKind);
        Assert.Equal(0, measure.GetProperty("n").GetInt32());
    }

    [Fact]
    public void With_one_replication_the_ci95_and_sd_are_null_and_the_mean_is_its_value()
    {
        var result = TestResults.Experiment(TestResults.Replication(0, ("a.rate", 0.25)));

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        var measure = json.RootElement.GetProperty("measures").GetProperty("a.rate");
        Assert.Equal(0.25, measure.GetProperty("mean").GetDouble());
        Assert.Equal(JsonValueKind.Null, measure.GetProperty("ci95").ValueKind);
        Assert.Equal(JsonValueKind.Null, measure.GetProperty("sd").ValueKind);
        Assert.Equal(1, measure.GetProperty("n").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("replications").GetInt32());
    }

    [Fact]
    public void A_measure_missing_in_some_replications_counts_only_the_observed_ones()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("a.rate", 0.4), ("b.rate", null)),
            TestResults.Replication(1, ("a.rate", 0.6), ("b.rate", 0.3)),
            TestResults.Replication(2, ("a.rate", 0.5), ("b.rate", 0.5)));

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        var measure = json.RootElement.GetProperty("measures").GetProperty("b.rate");
        Assert.Equal(2, measure.GetProperty("n").GetInt32());
        Assert.Equal(0.4, measure.GetProperty("mean").GetDouble(), 15);
        Assert.Equal(JsonValueKind.Array, measure.GetProperty("ci95").ValueKind);
    }

    [Fact]
    public void Forces_hold_their_own_measures_summarised_separately()
    {
        var replication = TestResults.Replication(0, ("a.rate", 0.5)) with
        {
            Forces = new SortedDictionary<string, SortedDictionary<string, double?>>(StringComparer.Ordinal)
            {
                ["east"] = TestResults.Measures(("a.rate", 0.9)),
                ["west"] = TestResults.Measures(("a.rate", 0.1), ("west.only", 3.0)),
            },
        };

        using var json = JsonDocument.Parse(ResultsJson.Render(TestResults.Experiment(replication)));

        var forces = json.RootElement.GetProperty("forces");
        Assert.Equal(["east", "west"], forces.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.9, forces.GetProperty("east").GetProperty("measures").GetProperty("a.rate").GetProperty("mean").GetDouble());
        Assert.Equal(0.1, forces.GetProperty("west").GetProperty("measures").GetProperty("a.rate").GetProperty("mean").GetDouble());
        Assert.Equal(3.0, forces.GetProperty("west").GetProperty("measures").GetProperty("west.only").GetProperty("mean").GetDouble());
        Assert.False(forces.GetProperty("east").GetProperty("measures").TryGetProperty("west.only", out _));
    }

    [Fact]
    public void Measures_are_written_in_ordinal_name_order()
    {
        var result = TestResults.Experiment(TestResults.Replication(0, ("b", 1.0), ("a.z", 2.0), ("A", 3.0), ("a", 4.0)));

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        Assert.Equal(["A", "a", "a.z", "b"], json.RootElement.GetProperty("measures").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Doubles_are_written_so_they_read_back_exactly()
    {
        var values = new[] { 0.1 + 0.2, Math.PI, 1e-300, 123456789.123456789, 2.0 / 3.0, double.MaxValue, double.Epsilon };
        var replication = TestResults.Replication(0, [.. values.Select((v, i) => ($"m{i}", (double?)v))]);

        using var json = JsonDocument.Parse(ResultsJson.Render(TestResults.Experiment(replication)));

        for (var i = 0; i < values.Length; i++)
        {
            var mean = json.RootElement.GetProperty("measures").GetProperty($"m{i}").GetProperty("mean").GetDouble();
            Assert.Equal(BitConverter.DoubleToInt64Bits(values[i]), BitConverter.DoubleToInt64Bits(mean));
        }
    }

    [Fact]
    public void Rendering_the_same_result_twice_gives_the_same_text_with_nothing_that_varies_between_runs()
    {
        var first = ResultsJson.Render(TestResults.Simulated);
        var second = ResultsJson.Render(TestResults.Simulated);

        Assert.Equal(first, second);
        Assert.DoesNotContain("wall", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Environment.MachineName, first, StringComparison.Ordinal);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_simulated_result_reports_the_999_answered_within_10s_measure_overall_and_per_force()
    {
        var result = TestResults.Simulated;

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        var root = json.RootElement;
        Assert.Equal(result.ScenarioName, root.GetProperty("scenario").GetString());
        Assert.Equal(result.Seed, root.GetProperty("seed").GetInt64());
        Assert.Equal(3, root.GetProperty("replications").GetInt32());
        var measure = root.GetProperty("measures").GetProperty("contact.emergency_answered_within_10s");
        var ci = measure.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToList();
        Assert.Equal(2, ci.Count);
        Assert.InRange(measure.GetProperty("mean").GetDouble(), ci[0], ci[1]);
        Assert.Equal(3, measure.GetProperty("n").GetInt32());
        Assert.Equal(
            result.Summary.Keys,
            root.GetProperty("measures").EnumerateObject().Select(p => p.Name));
        var force = Assert.Single(root.GetProperty("forces").EnumerateObject());
        Assert.Equal("textbook_force", force.Name);
        Assert.True(force.Value.GetProperty("measures").TryGetProperty("contact.emergency_answered_within_10s", out _));
    }

    [Fact]
    public void Render_rejects_a_null_result()
    {
        Assert.Throws<ArgumentNullException>(() => ResultsJson.Render(null!));
    }

    [Fact]
    public void Summary_of_the_result_is_what_the_json_reports_for_every_simulated_measure()
    {
        var result = TestResults.Simulated;

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        foreach (var (name, summary) in result.Summary)
        {
            var measure = json.RootElement.GetProperty("measures").GetProperty(name);
            Assert.Equal(summary.N, measure.GetProperty("n").GetInt32());
            Assert.Equal(summary.Mean, ReadNumber(measure.GetProperty("mean")));
            Assert.Equal(summary.StandardDeviation, ReadNumber(measure.GetProperty("sd")));
        }
    }

    [Fact]
    public void An_inspection_proportion_with_a_sample_size_has_sample_size_and_a_wilson95_interval()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("inspection.attendance_within_target", 0.50), ("inspection.attendance_within_target_n", 79)),
            TestResults.Replication(1, ("inspection.attendance_within_target", 0.54), ("inspection.attendance_within_target_n", 79)));

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        var measure = json.RootElement.GetProperty("measures").GetProperty("inspection.attendance_within_target");
        Assert.Equal(["mean", "ci95", "sd", "n", "sample_size", "wilson95"], measure.EnumerateObject().Select(p => p.Name));
        Assert.Equal(79, measure.GetProperty("sample_size").GetInt32());
        var wilson = measure.GetProperty("wilson95").EnumerateArray().Select(e => e.GetDouble()).ToList();

        // One inspection of 79 at the mean proportion 0.52: about 0.41 to 0.63.
        Assert.Equal(2, wilson.Count);
        Assert.Equal(0.4115, wilson[0], 0.0005);
        Assert.Equal(0.6267, wilson[1], 0.0005);
        var (lower, upper) = WilsonInterval.Of(measure.GetProperty("mean").GetDouble(), 79);
        Assert.Equal([lower, upper], wilson);
    }

    [Fact]
    public void The_sample_size_is_the_mean_items_audited_rounded_to_a_whole_number()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("inspection.victims_informed", 0.9), ("inspection.victims_informed_n", 10)),
            TestResults.Replication(1, ("inspection.victims_informed", 0.7), ("inspection.victims_informed_n", 13)));

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        var measure = json.RootElement.GetProperty("measures").GetProperty("inspection.victims_informed");
        Assert.Equal(12, measure.GetProperty("sample_size").GetInt32());
        var (lower, upper) = WilsonInterval.Of(0.8, 12);
        Assert.Equal([lower, upper], measure.GetProperty("wilson95").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact]
    public void Sample_size_and_wilson95_are_also_written_for_each_force()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("inspection.plan_set", 0.6), ("inspection.plan_set_n", 130)));

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        var measure = json.RootElement.GetProperty("forces").GetProperty(TestResults.Force).GetProperty("measures").GetProperty("inspection.plan_set");
        Assert.Equal(130, measure.GetProperty("sample_size").GetInt32());
        Assert.Equal(2, measure.GetProperty("wilson95").GetArrayLength());
    }

    [Fact]
    public void Measures_that_are_not_inspection_proportions_with_items_audited_have_no_sample_size_or_wilson95()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0,
                ("response.attendance_within_target", 0.5), ("response.attendance_within_target_n", 79),
                ("inspection.no_count", 0.5),
                ("inspection.none_audited", null), ("inspection.none_audited_n", 0),
                ("inspection.empty_sample", 0.5), ("inspection.empty_sample_n", 0),
                ("inspection.plan_set", 0.6), ("inspection.plan_set_n", 130)),
            TestResults.Replication(1,
                ("response.attendance_within_target", 0.6), ("response.attendance_within_target_n", 79),
                ("inspection.no_count", 0.6),
                ("inspection.none_audited", null), ("inspection.none_audited_n", 0),
                ("inspection.empty_sample", 0.5), ("inspection.empty_sample_n", 0),
                ("inspection.plan_set", 0.7), ("inspection.plan_set_n", 130)));

        using var json = JsonDocument.Parse(ResultsJson.Render(result));

        var measures = json.RootElement.GetProperty("measures");
        foreach (var name in (string[])["response.attendance_within_target", "response.attendance_within_target_n", "inspection.no_count", "inspection.none_audited", "inspection.empty_sample", "inspection.plan_set_n"])
        {
            Assert.False(measures.GetProperty(name).TryGetProperty("sample_size", out _), $"{name} has a sample_size");
            Assert.False(measures.GetProperty(name).TryGetProperty("wilson95", out _), $"{name} has a wilson95");
        }

        Assert.True(measures.GetProperty("inspection.plan_set").TryGetProperty("wilson95", out _));
    }

    private static double? ReadNumber(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();
}
