using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Tests.Output;

public sealed class OutputBatchTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Files_written_in_a_batch_appear_only_when_it_commits()
    {
        var folder = _temp["out"];
        using var batch = OutputBatch.Begin(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "results.json"), "{}");
        AtomicFile.WriteAllText(Path.Combine(folder, "charts", "grades.csv"), "a,b\n");

        Assert.False(File.Exists(Path.Combine(folder, "results.json")));

        batch.Commit();

        Assert.Equal(["out/charts/grades.csv", "out/results.json"], _temp.Files());
        Assert.Equal("{}", File.ReadAllText(Path.Combine(folder, "results.json")));
    }

    [Fact]
    public void A_batch_that_fails_part_way_leaves_the_folder_as_it_was()
    {
        var folder = _temp["out"];
        _temp.Write("out/results.json", "old");
        _temp.Write("out/blocked", "a file where a folder is needed");

        using (var batch = OutputBatch.Begin(folder))
        {
            AtomicFile.WriteAllText(Path.Combine(folder, "results.json"), "new");
            AtomicFile.WriteAllText(Path.Combine(folder, "charts", "grades.csv"), "a,b\n");
            var fault = Assert.Throws<OutputFaultException>(() => AtomicFile.WriteAllText(Path.Combine(folder, "blocked", "report.html"), "<html>"));
            Assert.EndsWith("; nothing was written (the folder keeps what it had)", fault.Message, StringComparison.Ordinal);
        }

        Assert.Equal(["out/blocked", "out/results.json"], _temp.Files());
        Assert.Equal("old", File.ReadAllText(Path.Combine(folder, "results.json")));
        Assert.False(Directory.Exists(Path.Combine(folder, "charts")), "a folder the batch made is removed with its files");
    }

    [Fact]
    public void Writes_after_a_batch_is_disposed_are_immediate_again()
    {
        var folder = _temp["out"];
        OutputBatch.Begin(folder).Dispose();

        AtomicFile.WriteAllText(Path.Combine(folder, "run-info.json"), "{}");

        Assert.Equal(["out/run-info.json"], _temp.Files());
    }

    [Fact]
    public void A_moved_file_is_kept_where_it_was_when_the_batch_fails()
    {
        var partial = _temp.Write("checkpoints/sweep.csv.partial", "variant\n");
        var folder = _temp["out"];

        using (OutputBatch.Begin(folder))
        {
            AtomicFile.Move(partial, Path.Combine(folder, "sweep.csv"));
        }

        Assert.Equal(["checkpoints/sweep.csv.partial"], _temp.Files());
    }
}
