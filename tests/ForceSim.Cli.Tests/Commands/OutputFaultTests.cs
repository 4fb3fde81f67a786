using System.Diagnostics;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>
/// Output folders under real faults, through the real CLI process: a folder that cannot be used is refused with exit 2
/// before anything is simulated, by every command that writes one; a write the file system refuses part-way (a file size
/// limit, a full disk) exits 3, names file, folder and cause, leaves no partial or temporary file, and keeps the
/// checkpoints whole so the same command resumes once the fault is cleared. The tests run as root, so permissions
/// cannot make a folder unwritable: the faults come from a path under a file, /proc, RLIMIT_FSIZE and a tiny tmpfs.
/// </summary>
public sealed class OutputFaultTests : IDisposable
{
    // Above a checkpoint (~12 KB) and below results.json (~48 KB) of three Erlang C replications.
    private const int FileSizeLimit = 30_000;

    private static readonly string ErlangC = CliProcess.Scenario("validation/erlang-c.yaml");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Commands => ["run", "compare", "budget", "sweep", "sensitivity"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_refuses_an_output_folder_under_a_file_with_exit_2_before_simulating(string command)
    {
        var blocker = _temp.Write("a-file", "not a folder");
        var output = Path.Combine(blocker, "out");

        var result = await CliProcess.RunAsync(_temp.Path, Arguments(command, output));

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"error: cannot use output folder '{output}': '{blocker}' is a file, not a folder; choose another folder with --out", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulating", result.Output, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_folder_under_proc_is_refused_with_exit_2_naming_the_folder()
    {
        if (!OperatingSystem.IsLinux())
        {
            Unavailable("/proc is Linux's");
            return;
        }

        var result = await CliProcess.RunAsync(_temp.Path, "run", ErlangC, "-r", "2", "-o", "/proc/forcesim-out");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("error: cannot use output folder '/proc/forcesim-out': ", result.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_read_only_file_system_is_refused_with_exit_2_naming_the_folder_and_the_cause()
    {
        if (!CanMountTmpfs())
        {
            Unavailable("needs a user namespace to mount a read-only tmpfs (unshare -rm)");
            return;
        }

        var mount = _temp["read-only"];
        Directory.CreateDirectory(mount);
        var wrapper = new[] { "unshare", "-rm", "sh", "-c", $"mount -t tmpfs -o ro,size=64k tmpfs '{mount}' && exec \"$@\"", "sh" };

        var result = await CliProcess.RunWrappedAsync(_temp.Path, wrapper, new Dictionary<string, string>(), "run", ErlangC, "-r", "2", "-o", mount);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"error: cannot use output folder '{mount}': read-only file system; choose another folder with --out", result.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_file_size_limit_mid_write_exits_3_writes_nothing_and_the_run_resumes_to_the_same_bytes_without_it()
    {
        if (LimitedWrapper() is not { } wrapper)
        {
            Unavailable("needs sh and prlimit (util-linux)");
            return;
        }

        var output = _temp["out"];
        var reference = await CliProcess.RunAsync(_temp.Path, "run", ErlangC, "-r", "3", "-o", _temp["reference"]);
        Assert.True(reference.ExitCode == ExitCodes.Success, reference.ToString());

        var limited = await CliProcess.RunWrappedAsync(_temp.Path, wrapper, LimitedEnvironment, "run", ErlangC, "-r", "3", "-o", output);

        Assert.True(limited.ExitCode == ExitCodes.OutputFault, limited.ToString());
        Assert.Contains($"error: file too large (a file size limit, ulimit -f, was reached) while writing results.json to '{output}'; nothing was written", limited.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(limited);
        Assert.Equal([".checkpoints/replication-00000.json", ".checkpoints/replication-00001.json", ".checkpoints/replication-00002.json"], _temp.Files(output));

        var resumed = await CliProcess.RunAsync(_temp.Path, "run", ErlangC, "-r", "3", "-o", output);

        Assert.True(resumed.ExitCode == ExitCodes.Success, resumed.ToString());
        Assert.Contains("Resuming: 3 replication(s) already finished by an earlier run are reused.", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(_temp["reference/results.json"]), File.ReadAllBytes(Path.Combine(output, "results.json")));
        Assert.Equal(_temp.Files(_temp["reference"]), _temp.Files(output));
    }

    [Fact]
    public async Task A_compare_stopped_by_a_file_size_limit_exits_3_and_leaves_no_folder_at_all()
    {
        if (LimitedWrapper() is not { } wrapper)
        {
            Unavailable("needs sh and prlimit (util-linux)");
            return;
        }

        var output = _temp["out"];
        var (basePath, option) = CompareInputs();

        var result = await CliProcess.RunWrappedAsync(_temp.Path, wrapper, LimitedEnvironment, "compare", basePath, option, "-r", "2", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.OutputFault, result.ToString());
        Assert.Contains($"while writing results.json to '{Path.Combine(output, "base")}'; nothing was written", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "a folder the command made stays only if it holds something");
    }

    [Fact]
    public async Task A_full_disk_mid_write_exits_3_writes_nothing_and_the_run_resumes_once_space_is_freed()
    {
        if (!CanMountTmpfs())
        {
            Unavailable("needs a user namespace to mount a small tmpfs (unshare -rm)");
            return;
        }

        var reference = await CliProcess.RunAsync(_temp.Path, "run", ErlangC, "-r", "3", "-o", _temp["reference"]);
        Assert.True(reference.ExitCode == ExitCodes.Success, reference.ToString());
        var mount = _temp["disk"];
        Directory.CreateDirectory(mount);
        // Inside its own mount namespace: a 2 MB tmpfs with 1.6 MB taken leaves room for the checkpoints but not the report.
        var script = $"""
            set -u
            mount -t tmpfs -o size=2m tmpfs '{mount}' || exit 99
            head -c 1600000 /dev/zero > '{mount}/filler'
            "$@" 2>'{_temp["first.err"]}' >/dev/null; echo "first=$?"
            (cd '{mount}' && find . -type f | sort | sed 's/^/file=/')
            rm '{mount}/filler'
            "$@" >'{_temp["second.out"]}' 2>&1; echo "second=$?"
            cmp -s '{mount}/out/results.json' '{_temp["reference/results.json"]}' && echo identical=yes
            (cd '{mount}' && find . -type f | sort | sed 's/^/after=/')
            """;
        var wrapper = new[] { "unshare", "-rm", "sh", "-c", script, "sh" };

        var result = await CliProcess.RunWrappedAsync(_temp.Path, wrapper, new Dictionary<string, string>(), "run", ErlangC, "-r", "3", "-o", Path.Combine(mount, "out"));

        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var firstError = File.ReadAllText(_temp["first.err"]);
        Assert.True(lines.Contains($"first={ExitCodes.OutputFault}"), $"{result}{Environment.NewLine}{firstError}");
        Assert.Contains("error: no space left on device while writing ", firstError, StringComparison.Ordinal);
        Assert.Contains("; nothing was written", firstError, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", firstError, StringComparison.Ordinal);
        Assert.Equal(
            ["file=./filler", "file=./out/.checkpoints/replication-00000.json", "file=./out/.checkpoints/replication-00001.json", "file=./out/.checkpoints/replication-00002.json"],
            lines.Where(l => l.StartsWith("file=", StringComparison.Ordinal)));
        Assert.True(lines.Contains("second=0"), $"{result}{Environment.NewLine}{File.ReadAllText(_temp["second.out"])}");
        Assert.Contains("Resuming: 3 replication(s)", CliProcess.Collapse(File.ReadAllText(_temp["second.out"])), StringComparison.Ordinal);
        Assert.Contains("identical=yes", lines);
        Assert.Equal(_temp.Files(_temp["reference"]).Select(f => $"after=./out/{f}"), lines.Where(l => l.StartsWith("after=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_disk_that_fills_while_checkpoints_are_saved_keeps_the_saved_ones_whole_for_the_resumed_run()
    {
        if (!CanMountTmpfs())
        {
            Unavailable("needs a user namespace to mount a small tmpfs (unshare -rm)");
            return;
        }

        var reference = await CliProcess.RunAsync(_temp.Path, "run", ErlangC, "-r", "6", "-o", _temp["reference"]);
        Assert.True(reference.ExitCode == ExitCodes.Success, reference.ToString());
        var mount = _temp["disk"];
        Directory.CreateDirectory(mount);
        // About 50 KB free: room for a few ~12 KB checkpoints, not for six.
        var script = $"""
            set -u
            mount -t tmpfs -o size=2m tmpfs '{mount}' || exit 99
            head -c 2040000 /dev/zero > '{mount}/filler'
            "$@" --parallel 1 2>'{_temp["first.err"]}' >/dev/null; echo "first=$?"
            (cd '{mount}' && find . -type f | sort | sed 's/^/file=/')
            rm '{mount}/filler'
            "$@" >'{_temp["second.out"]}' 2>&1; echo "second=$?"
            cmp -s '{mount}/out/results.json' '{_temp["reference/results.json"]}' && echo identical=yes
            """;
        var wrapper = new[] { "unshare", "-rm", "sh", "-c", script, "sh" };

        var result = await CliProcess.RunWrappedAsync(_temp.Path, wrapper, new Dictionary<string, string>(), "run", ErlangC, "-r", "6", "-o", Path.Combine(mount, "out"));

        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var firstError = File.ReadAllText(_temp["first.err"]);
        Assert.True(lines.Contains($"first={ExitCodes.OutputFault}"), $"{result}{Environment.NewLine}{firstError}");
        Assert.Matches(@"^error: no space left on device while writing replication-0000\d\.json to '.*/out/\.checkpoints'; no results were written; the replications finished before it are saved, so running the same command again resumes from them once the fault is cleared", firstError);
        var saved = lines.Count(l => l.StartsWith("file=./out/.checkpoints/replication-", StringComparison.Ordinal));
        Assert.InRange(saved, 1, 5);
        Assert.Equal(saved + 1, lines.Count(l => l.StartsWith("file=", StringComparison.Ordinal)));
        Assert.True(lines.Contains("second=0"), $"{result}{Environment.NewLine}{File.ReadAllText(_temp["second.out"])}");
        Assert.Contains($"Resuming: {saved} replication(s)", CliProcess.Collapse(File.ReadAllText(_temp["second.out"])), StringComparison.Ordinal);
        Assert.Contains("identical=yes", lines);
    }

    private static readonly IReadOnlyDictionary<string, string> LimitedEnvironment = new Dictionary<string, string>
    {
        // The runtime's W^X double mapping sizes a memory file past any small RLIMIT_FSIZE; without it the CLI starts under the limit.
        ["DOTNET_EnableWriteXorExecute"] = "0",
    };

    /// <summary>sh with SIGXFSZ ignored (so an over-size write fails with EFBIG instead of killing the process) running prlimit.</summary>
    private static string[]? LimitedWrapper() =>
        OperatingSystem.IsLinux() && Succeeds("prlimit", "--version")
            ? ["sh", "-c", "trap '' XFSZ; exec \"$@\"", "sh", "prlimit", $"--fsize={FileSizeLimit}", "--"]
            : null;

    /// <summary>
    /// Lets a test pass without its fault for want of a tool, except in CI: CI sets FORCESIM_REQUIRE_FAULT_INJECTION=1, so there
    /// a missing tool fails the test instead of letting it pass without the fault happening.
    /// </summary>
    private static void Unavailable(string why) =>
        Assert.False(Environment.GetEnvironmentVariable("FORCESIM_REQUIRE_FAULT_INJECTION") == "1", "fault injection unavailable: " + why);

    private bool CanMountTmpfs() =>
        OperatingSystem.IsLinux() && Succeeds("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$0\"", _temp.Path);

    private static bool Succeeds(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private (string Base, string Option) CompareInputs()
    {
        var basePath = _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        return (basePath, _temp.Write("option.yaml", "extends: base.yaml\nname: Same again\n"));
    }

    private string[] Arguments(string command, string output)
    {
        switch (command)
        {
            case "run":
                return ["run", ErlangC, "-r", "2", "-o", output];
            case "compare":
                var (basePath, option) = CompareInputs();
                return ["compare", basePath, option, "-r", "2", "-o", output];
            case "budget":
                var shortYear = _temp.CopyScenario("cambridgeshire-2022.yaml", "short.yaml", "horizon_days: 365", "horizon_days: 7");
                return ["budget", shortYear, "--extra", "-100000", "--roles", "supervisor", "-r", "1", "--out", output];
            case "sweep":
                var experiment = _temp.Write("experiment.yaml", $"name: Erlang C sweep\nscenario: {ErlangC.Replace('\\', '/')}\nreplications: 2\ndesign:\n  type: factorial\n  factors:\n    - path: control_rooms[0].call_handlers.shifts[0].staff\n      values: [9, 12]\nmeasures: [contact.emergency_mean_answer_seconds]\n");
                return ["sweep", experiment, "--set", "run.horizon_days=2", "-o", output];
            default:
                var assumptions = _temp.Write("assumptions.yaml", "name: One assumption\nparameters:\n  - path: forces.cambridgeshire.travel.k\n    low: 0.5\n    high: 0.63\n    reason: square-root law\n");
                return ["sensitivity", CliProcess.Scenario("cambridgeshire-2022.yaml"), "--assumptions", assumptions, "-o", output, "--set", "run.horizon_days=3", "--set", "run.warmup_days=1", "-r", "3"];
        }
    }
}
