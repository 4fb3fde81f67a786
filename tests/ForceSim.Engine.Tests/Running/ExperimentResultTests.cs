using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Running;

public sealed class ExperimentResultTests
{
    [Fact]
    public void Summarise_covers_every_measure_and_counts_only_replications_that_have_it()
    {
        var summary = ExperimentResult.Summarise(
        [
            TestResults.Measures(("a", 1), ("b", 2)),
            TestResults.Measures(("a", 3)),
            TestResults.Measures(("a", 5), ("b", null), ("c", 4)),
        ]);

        Assert.Equal(["a", "b", "c"], summary.Keys);
        Assert.Equal(MeasureSummary.Of("a", [1, 3, 5]), summary["a"]);
        Assert.Equal(3, summary["a"].N);
        Assert.Equal(new MeasureSummary(2, null, null, null, 1), summary["b"]);
        Assert.Equal(new MeasureSummary(4, null, null, null, 1), summary["c"]);
    }

    [Fact]
    public void Summarise_keeps_a_measure_that_is_always_null_with_no_mean()
    {
        var summary = ExperimentResult.Summarise([TestResults.Measures(("x", null)), TestResults.Measures(("x", null))]);

        Assert.Equal(new MeasureSummary(null, null, null, null, 0), summary["x"]);
    }

    [Fact]
    public void Summarise_orders_measures_by_ordinal_name()
    {
        var summary = ExperimentResult.Summarise([TestResults.Measures(("b", 1), ("B", 1), ("a.z", 1), ("a", 1))]);

        Assert.Equal(["B", "a", "a.z", "b"], summary.Keys);
    }

    [Fact]
    public void Summary_forces_and_events_come_from_the_replications()
    {
        var result = new ExperimentResult
        {
            ScenarioName = "s",
            Seed = 1,
            Replications =
            [
                Replication(0, 1.0, 10.0, 100),
                Replication(1, 3.0, 30.0, 250),
            ],
        };

        Assert.Equal(2.0, result.Summary["m"].Mean);
        Assert.Equal(["east", "west"], result.ForceSummaries.Keys);
        Assert.Equal(20.0, result.ForceSummaries["west"]["m"].Mean);
        Assert.Equal(2.0, result.ForceSummaries["east"]["m"].Mean);
        Assert.Equal(350, result.EventsProcessed);
    }

    private static ReplicationResult Replication(int index, double overall, double west, long events) => new()
    {
        Replication = index,
        Measures = TestResults.Measures(("m", overall)),
        Forces = new SortedDictionary<string, SortedDictionary<string, double?>>(StringComparer.Ordinal)
        {
            ["west"] = TestResults.Measures(("m", west)),
            ["east"] = TestResults.Measures(("m", overall)),
        },
        EventsProcessed = events,
    };
}
