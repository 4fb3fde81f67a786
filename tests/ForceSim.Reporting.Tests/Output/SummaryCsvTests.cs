using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Tests.Output;

public sealed class SummaryCsvTests
{
    [Fact]
    public void A_measure_with_nothing_to_measure_keeps_its_row_with_a_note_saying_why()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("response.dispatch_wait_minutes.scheduled", null), ("response.unit_utilisation", 0.8)),
            TestResults.Replication(1, ("response.dispatch_wait_minutes.scheduled", null), ("response.unit_utilisation", 0.9)));

        var lines = SummaryCsv.Render(result).Split('\n');

        Assert.Equal("measure,mean,ci95_lower,ci95_upper,n,ci_method,note", lines[0]);
        Assert.Contains("response.dispatch_wait_minutes.scheduled,,,,0,,no scheduled incident sent a unit", lines);
        Assert.Contains(lines, l => l.StartsWith("response.unit_utilisation,0.85", StringComparison.Ordinal) && l.EndsWith(",2,t,", StringComparison.Ordinal));
    }
}
