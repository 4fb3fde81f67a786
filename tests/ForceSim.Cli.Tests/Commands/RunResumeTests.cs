using System.Diagnostics;
using System.Text.Json;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>
/// A run that is killed or interrupted part-way resumes from its checkpoints and ends with the same bytes as a run
/// that was never interrupted. Uses the realistic Cambridgeshire scenario, shortened to 14 days' warm-up and 40
/// measured days so a replication takes well under a second.
/// </summary>
public sealed class RunResumeTests : IClassFixture<RunResumeTests.Reference>, IDisposable
{
    // Enough replications that the rest cannot all finish in the moment between the first checkpoint and the signal.
    private const int Replications = 12;

    private static readonly TimeSpan CheckpointTimeout = TimeSpan.FromSeconds(90);

    private readonly Reference _reference;
    private readonly TempFolder _temp = new();

    public RunResumeTests(Reference reference) => _reference = reference;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_killed_run_resumes_from_its_checkpoints_and_gives_the_same_bytes_as_an_uninterrupted_run()
    {
        var output = _temp["out"];
        int saved;
        using (var process = StartSerialRun(output))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await WaitForFirstCheckpointAsync(process, output);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await Task.WhenAll(stdout, stderr);
            saved = SavedCheckpoints(output);
        }

        Assert.InRange(saved, 1, Replications - 1);
        Assert.False(File.Exists(Path.Combine(output, "results.json")));

        await AssertResumesAndMatchesReferenceAsync(output, saved);
    }

    [Fact]
    public async Task An_interrupt_signal_stops_the_run_with_exit_code_130_keeping_finished_replications_for_the_next_run()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Ctrl+C cannot be sent to another console process from here; the kill test covers resuming
        }

        var output = _temp["out"];
        int saved;
        int exitCode;
        string stdoutText;
        string stderrText;
        using (var process = StartSerialRun(output))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await WaitForFirstCheckpointAsync(process, output);
            await SendInterruptAsync(process.Id);
            using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                try
                {
                    await process.WaitForExitAsync(deadline.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail("the run did not stop within 60 s of SIGINT");
                }
            }

            exitCode = process.ExitCode;
            stdoutText = await stdout;
            stderrText = await stderr;
            saved = SavedCheckpoints(output);
        }

        var context = $"{stdoutText}{Environment.NewLine}{stderrText}";
        Assert.True(exitCode == ExitCodes.Cancelled, $"exit code {exitCode}{Environment.NewLine}{context}");
        Assert.InRange(saved, 1, Replications - 1);
        Assert.Contains($"Interrupted: {saved} of {Replications} replication(s) are saved; run the same command again to resume.", CliProcess.Collapse(stdoutText), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", context, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "results.json")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));

        await AssertResumesAndMatchesReferenceAsync(output, saved);
    }

    /// <summary>One replication at a time, so the run is still going when the first checkpoint appears.</summary>
    private Process StartSerialRun(string output) =>
        CliProcess.StartInterruptible(_temp.Path, ["run", _reference.Scenario, "-r", $"{Replications}", "--parallel", "1", "-o", output]);

    private async Task AssertResumesAndMatchesReferenceAsync(string output, int saved)
    {
        var resumed = await CliProcess.RunAsync(_temp.Path, "run", _reference.Scenario, "-r", $"{Replications}", "-o", output);

        Assert.True(resumed.ExitCode == ExitCodes.Success, resumed.ToString());
        Assert.Contains($"Resuming: {saved} replication(s) already finished by an earlier run are reused.", resumed.Output, StringComparison.Ordinal);
        foreach (var file in new[] { "results.json", "replications.csv", "force-replications.csv" })
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(_reference.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))),
                $"{file} of the resumed run differs from the uninterrupted run");
        }

        using var info = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run-info.json")));
        Assert.Equal(saved, info.RootElement.GetProperty("resumed_replications").GetInt32());
        Assert.False(Directory.Exists(Path.Combine(output, ".checkpoints")), "checkpoints are deleted once the run succeeds");
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    private static async Task WaitForFirstCheckpointAsync(Process process, string output)
    {
        var clock = Stopwatch.StartNew();
        while (SavedCheckpoints(output) == 0)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the run ended (exit code {process.ExitCode}) before any checkpoint was seen");
            }

            if (clock.Elapsed > CheckpointTimeout)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"no checkpoint appeared within {CheckpointTimeout.TotalSeconds:0} s");
            }

            await Task.Delay(20);
        }
    }

    private static int SavedCheckpoints(string output)
    {
        var folder = Path.Combine(output, ".checkpoints");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "replication-*.json").Length : 0;
    }

    private static async Task SendInterruptAsync(int processId)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", $"{processId}" }, UseShellExecute = false })
            ?? throw new InvalidOperationException("could not start kill");
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>The shortened scenario and the output of one uninterrupted run of it, shared by the tests.</summary>
    public sealed class Reference : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _temp = new();

        public string Scenario { get; private set; } = "";

        public string Output => _temp["reference"];

        public async Task InitializeAsync()
        {
            var text = File.ReadAllText(CliProcess.Scenario("cambridgeshire-2022.yaml"));
            foreach (var (find, replace) in new[] { ("  warmup_days: 28 ", "  warmup_days: 14 "), ("  horizon_days: 365 ", "  horizon_days: 40  ") })
            {
                Assert.Contains(find, text, StringComparison.Ordinal);
                text = text.Replace(find, replace, StringComparison.Ordinal);
            }

            Scenario = _temp.Write("cambridgeshire-short.yaml", text);
            var result = await CliProcess.RunAsync(_temp.Path, "run", Scenario, "-r", $"{Replications}", "-o", Output);
            Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _temp.Dispose();
    }
}
