using ForceSim.Experiments.Benchmarking;

namespace ForceSim.Experiments.Tests.Benchmarking;

public sealed class ProbeResultTests
{
    [Fact]
    public void Probe_line_reads_back_what_the_child_wrote_among_other_output()
    {
        var written = new ProbeResult(12.345678901, 13.25, 1234.5, 98765432101, 43);

        var read = ProbeResult.Parse(["warming up", written.ToLine(), "replication_seconds=12.346 peak_memory_mb=1235", ""]);

        Assert.NotNull(read);
        Assert.Equal(written.Seconds, read.Seconds);
        Assert.Equal(written.CpuSeconds, read.CpuSeconds);
        Assert.Equal(written.PeakMemoryMb, read.PeakMemoryMb);
        Assert.Equal(written.Events, read.Events);
        Assert.Equal(written.Forces, read.Forces);
    }

    [Fact]
    public void Probe_line_is_missing_when_the_child_printed_none() =>
        Assert.Null(ProbeResult.Parse(["error: something went wrong", ""]));
}
