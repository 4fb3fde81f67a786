using ForceSim.Experiments.Benchmarking;

namespace ForceSim.Experiments.Tests.Benchmarking;

public sealed class ProbeResultTests
{
    [Fact]
    public void Probe_line_reads_back_what_the_child_wrote_among_other_output()
    {
        var written = new ProbeResult(12.345678901, 13.25, 1234.5, 98765432101, 43, 2.125, "61/19/4");

        var read = ProbeResult.Parse(["warming up", written.ToLine(), "replication_seconds=12.346 peak_memory_mb=1235", ""]);

        Assert.NotNull(read);
        Assert.Equal(written.Seconds, read.Seconds);
        Assert.Equal(written.CpuSeconds, read.CpuSeconds);
        Assert.Equal(written.PeakMemoryMb, read.PeakMemoryMb);
        Assert.Equal(written.Events, read.Events);
        Assert.Equal(written.Forces, read.Forces);
        Assert.Equal(written.GcPauseSeconds, read.GcPauseSeconds);
        Assert.Equal(written.GcCollections, read.GcCollections);
    }

    [Fact]
    public void Probe_line_from_a_child_that_did_not_report_the_collector_reads_as_no_pause()
    {
        var read = ProbeResult.Parse(["probe seconds=1.5 cpu_seconds=1.5 peak_memory_mb=100.0 events=10 forces=1"]);

        Assert.NotNull(read);
        Assert.Equal((0.0, ""), (read.GcPauseSeconds, read.GcCollections));
        Assert.Equal(1.5, read.Seconds);
    }

    [Fact]
    public void Probe_line_is_missing_when_the_child_printed_none() =>
        Assert.Null(ProbeResult.Parse(["error: something went wrong", ""]));
}
