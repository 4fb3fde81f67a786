using System.Diagnostics;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>
/// Two real CLI processes on one output folder: the second is refused (exit 3) naming the first by pid and command, and
/// the first carries on to the same results as a run that was never disturbed. The first is paused with SIGSTOP once its
/// progress shows a replication done, so the second always meets it mid-run whatever the machine's speed.
/// </summary>
public sealed class OutputLockTests : IDisposable
{
    private const int Replications = 40;

    private static readonly TimeSpan ProgressTimeout = TimeSpan.FromSeconds(90);

    private static readonly string ErlangC = CliProcess.Scenario("validation/erlang-c.yaml");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_second_run_into_a_folder_in_use_is_refused_naming_the_first_which_still_finishes_correctly()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // pauses the first run with SIGSTOP
        }

        var output = _temp["out"];
        var reference = await CliProcess.RunAsync(_temp.Path, "run", ErlangC, "-r", $"{Replications}", "-o", _temp["reference"]);
        Assert.True(reference.ExitCode == ExitCodes.Success, reference.ToString());

        using var first = CliProcess.Start(_temp.Path, ["run", ErlangC, "-r", $"{Replications}", "--parallel", "1", "-o", output]);
        var firstError = first.StandardError.ReadToEndAsync();
        var firstOutput = await ReadUntilAReplicationIsDoneAsync(first);
        await SignalAsync("STOP", first.Id);
        CliResult second;
        try
        {
            second = await CliProcess.RunAsync(_temp.Path, "run", ErlangC, "-r", "2", "-o", output);
        }
        finally
        {
            await SignalAsync("CONT", first.Id);
        }

        firstOutput += await first.StandardOutput.ReadToEndAsync();
        await first.WaitForExitAsync();

        Assert.True(second.ExitCode == ExitCodes.OutputFault, second.ToString());
        Assert.Contains($"error: output folder '{output}' is in use by another run (pid {first.Id}: forcesim run {ErlangC} -r {Replications} --parallel 1 -o {output}, since ", second.Error, StringComparison.Ordinal);
        Assert.Contains("wait for it to finish or choose another folder with --out", second.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(second);
        Assert.True(first.ExitCode == ExitCodes.Success, $"exit code {first.ExitCode}{Environment.NewLine}{firstOutput}{Environment.NewLine}{await firstError}");
        Assert.Equal(File.ReadAllBytes(_temp["reference/results.json"]), File.ReadAllBytes(Path.Combine(output, "results.json")));
        Assert.Equal(_temp.Files(_temp["reference"]), _temp.Files(output));
    }

    [Fact]
    public async Task A_lock_left_by_a_killed_run_does_not_stop_the_next_run()
    {
        var output = _temp["out"];
        int killedId;
        using (var killed = CliProcess.Start(_temp.Path, ["run", ErlangC, "-r", $"{Replications}", "--parallel", "1", "-o", output]))
        {
            killedId = killed.Id;
            var stderr = killed.StandardError.ReadToEndAsync();
            await ReadUntilAReplicationIsDoneAsync(killed);
            killed.Kill(entireProcessTree: true);
            await killed.WaitForExitAsync();
            await stderr;
        }

        Assert.True(File.Exists(Path.Combine(output, ".forcesim.lock")), "a killed run cannot remove its lock file");
        Assert.StartsWith($"pid {killedId}: forcesim run ", File.ReadAllText(Path.Combine(output, ".forcesim.owner")), StringComparison.Ordinal);

        var next = await CliProcess.RunAsync(_temp.Path, "run", ErlangC, "-r", "2", "--fresh", "-o", output);

        Assert.True(next.ExitCode == ExitCodes.Success, next.ToString());
        Assert.DoesNotContain(_temp.Files(output), f => f.StartsWith(".forcesim", StringComparison.Ordinal));
    }

    /// <summary>Reads the run's progress until it reports at least one replication finished; returns what it read.</summary>
    private static async Task<string> ReadUntilAReplicationIsDoneAsync(Process process)
    {
        var read = new System.Text.StringBuilder();
        using var deadline = new CancellationTokenSource(ProgressTimeout);
        while (true)
        {
            string? line;
            try
            {
                line = await process.StandardOutput.ReadLineAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"no replication was reported within {ProgressTimeout.TotalSeconds:0} s:{Environment.NewLine}{read}");
            }

            if (line is null)
            {
                throw new Xunit.Sdk.XunitException($"the run ended before reporting a replication:{Environment.NewLine}{read}");
            }

            read.AppendLine(line);
            if (line.Contains($"/{Replications} replications", StringComparison.Ordinal))
            {
                return read.ToString();
            }
        }
    }

    private static async Task SignalAsync(string signal, int processId)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { $"-{signal}", $"{processId}" }, UseShellExecute = false })
            ?? throw new InvalidOperationException("could not start kill");
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }
}
