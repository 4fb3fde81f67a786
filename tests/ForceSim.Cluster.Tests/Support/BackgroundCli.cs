using System.Diagnostics;

namespace ForceSim.Cluster.Tests.Support;

/// <summary>A <c>forcesim</c> process left running while the test does other things; killed on dispose if still running.</summary>
public sealed class BackgroundCli : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    public BackgroundCli(string workingDirectory, params string[] arguments)
    {
        Arguments = arguments;
        _process = CliProcess.Start(workingDirectory, arguments);
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
        Exited = _process.WaitForExitAsync();
    }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Completes when the process exits.</summary>
    public Task Exited { get; }

    /// <summary>Waits for the process to exit; a process still running after <paramref name="timeout"/> is a hang and fails the test.</summary>
    public async Task<CliResult> WaitAsync(TimeSpan timeout)
    {
        if (await Task.WhenAny(Exited, Task.Delay(timeout)) != Exited)
        {
            _process.Kill(entireProcessTree: true);
            await Exited;
            Assert.Fail($"forcesim {string.Join(' ', Arguments)} hung: still running after {timeout.TotalSeconds:0} s.{Environment.NewLine}{await _stdout}{Environment.NewLine}{await _stderr}");
        }

        return new CliResult(_process.ExitCode, await _stdout, await _stderr);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }
}
