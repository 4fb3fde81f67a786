using System.Text;
using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writes_the_text_as_utf8_without_a_byte_order_mark()
    {
        var path = _temp["out.txt"];

        AtomicFile.WriteAllText(path, "£12 – résumé\n");

        Assert.Equal(new UTF8Encoding(false).GetBytes("£12 – résumé\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Overwrites_an_existing_longer_file_completely()
    {
        var path = _temp["out.txt"];
        File.WriteAllText(path, new string('x', 10_000));

        AtomicFile.WriteAllText(path, "short");

        Assert.Equal("short", File.ReadAllText(path));
    }

    [Fact]
    public void Leaves_no_temporary_files_behind()
    {
        var path = _temp["out.txt"];

        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second");

        Assert.Equal(["out.txt"], _temp.Files());
    }

    [Fact]
    public void Creates_missing_folders()
    {
        var path = _temp["a/b/c/out.json"];

        AtomicFile.WriteAllText(path, "{}");

        Assert.Equal("{}", File.ReadAllText(path));
        Assert.Equal(["a/b/c/out.json"], _temp.Files());
    }

    [Fact]
    public void Writes_an_empty_file()
    {
        var path = _temp["empty.txt"];

        AtomicFile.WriteAllText(path, "");

        Assert.Empty(File.ReadAllBytes(path));
    }

    [Fact]
    public void A_failed_replace_throws_and_leaves_no_temporary_file()
    {
        var path = _temp["taken"];
        Directory.CreateDirectory(path);

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "text"));

        Assert.Empty(_temp.Files());
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public void Concurrent_writers_of_the_same_file_leave_one_complete_version()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // replacing a file another thread is replacing can fail there; a POSIX rename is atomic
        }

        var path = _temp["shared.txt"];
        var versions = Enumerable.Range(0, 8).Select(i => new string((char)('a' + i), 100_000)).ToList();

        Parallel.ForEach(versions, v => AtomicFile.WriteAllText(path, v));

        Assert.Contains(File.ReadAllText(path), versions);
        Assert.Equal(["shared.txt"], _temp.Files());
    }

    [Fact]
    public void A_write_the_file_system_refuses_names_the_file_the_folder_and_the_cause()
    {
        var blocker = _temp.Write("a-file", "x");
        var path = Path.Combine(blocker, "out", "results.json");

        var fault = Assert.Throws<OutputFaultException>(() => AtomicFile.WriteAllText(path, "{}"));

        Assert.Equal($"cannot write results.json to '{Path.Combine(blocker, "out")}': '{blocker}' is a file, not a folder; the file was not written", fault.Message);
        Assert.True(fault.FolderUnusable);
        Assert.Equal(["a-file"], _temp.Files());
    }

    [Fact]
    public void Rejects_a_null_path()
    {
        Assert.Throws<ArgumentNullException>(() => AtomicFile.WriteAllText(null!, "text"));
    }
}
