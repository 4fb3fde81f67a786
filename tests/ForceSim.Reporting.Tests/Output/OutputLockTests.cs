using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Tests.Output;

public sealed class OutputLockTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_second_lock_on_a_held_folder_is_refused_naming_the_holder_as_a_fault_that_can_pass()
    {
        var folder = _temp["out"];
        using var held = OutputLock.Acquire(folder);

        var refused = Assert.Throws<OutputFaultException>(() => OutputLock.Acquire(folder));

        Assert.False(refused.FolderUnusable);
        Assert.StartsWith($"output folder '{folder}' is in use by another run (pid {Environment.ProcessId}: ", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("; wait for it to finish or choose another folder with --out", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Released_lock_leaves_the_folder_free_and_without_lock_files()
    {
        var folder = _temp["out"];
        File.WriteAllText(_temp.Write("out/results.json", "{}"), "{}");

        OutputLock.Acquire(folder).Dispose();
        using var again = OutputLock.Acquire(folder);
        again.Dispose();

        Assert.Equal(["out/results.json"], _temp.Files());
    }

    [Fact]
    public void Folders_the_lock_made_are_removed_on_release_if_nothing_was_written_to_them()
    {
        Directory.CreateDirectory(_temp["kept"]);

        OutputLock.Acquire(_temp["kept/new/out"]).Dispose();

        Assert.False(Directory.Exists(_temp["kept/new"]));
        Assert.True(Directory.Exists(_temp["kept"]), "a folder that was there before is not the lock's to remove");
    }

    [Fact]
    public void A_lock_and_owner_file_left_by_a_process_that_is_gone_do_not_hold_the_folder()
    {
        var folder = _temp["out"];
        _temp.Write("out/.forcesim.lock", "");
        _temp.Write("out/.forcesim.owner", "pid 2147483646: forcesim run gone.yaml, since 2026-01-01 00:00:00 UTC\n");

        using var taken = OutputLock.Acquire(folder);

        Assert.StartsWith($"pid {Environment.ProcessId}: ", File.ReadAllText(Path.Combine(folder, OutputLock.OwnerFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_under_a_file_is_refused_as_unusable_naming_the_file()
    {
        var blocker = _temp.Write("a-file", "x");

        var refused = Assert.Throws<OutputFaultException>(() => OutputLock.Acquire(Path.Combine(blocker, "out")));

        Assert.True(refused.FolderUnusable);
        Assert.Equal($"cannot use output folder '{Path.Combine(blocker, "out")}': '{blocker}' is a file, not a folder; choose another folder with --out", refused.Message);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused_as_unusable()
    {
        var file = _temp.Write("results", "x");

        var refused = Assert.Throws<OutputFaultException>(() => OutputLock.Acquire(file));

        Assert.True(refused.FolderUnusable);
        Assert.Contains($"'{file}' is a file, not a folder", refused.Message, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }
}
