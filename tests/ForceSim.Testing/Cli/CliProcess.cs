using System.Diagnostics;
using System.Text;

namespace ForceSim.Testing.Cli;

/// <summary>
/// Runs the built <c>forcesim</c> CLI as a separate process (<c>dotnet forcesim.dll ...</c>), the way a user would,
/// with a timeout so a hung run fails the test instead of the test run.
/// </summary>
public static class CliProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <summary>forcesim.dll is copied next to the test assembly because the test project references the CLI project (this library does not).</summary>
    public static string CliPath { get; } = FindCli();

    /// <summary>
    /// The folder of shipped scenarios the CLI project copies to its output (and so to the test project's): the files the
    /// installed tool ships with, where <see cref="RepositoryPaths.Scenario"/> gives the repository's own.
    /// </summary>
    public static string ScenariosFolder { get; } = Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static string Scenario(string relativePath) => Path.Combine(ScenariosFolder, relativePath);

    public static async Task<CliResult> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        using var process = Start(workingDirectory, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"forcesim {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s.{Environment.NewLine}{await stdout}{Environment.NewLine}{await stderr}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(workingDirectory, DefaultTimeout, arguments);

    /// <summary>Runs the CLI with extra environment variables (as a container would set them), within the default timeout.</summary>
    public static Task<CliResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunAsync(workingDirectory, DefaultTimeout, environment, arguments);

    /// <summary>Runs the CLI with extra environment variables within <paramref name="timeout"/>.</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, arguments, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"forcesim {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s.{Environment.NewLine}{await stdout}{Environment.NewLine}{await stderr}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the CLI without waiting, with extra environment variables; the caller reads its output and disposes it.</summary>
    public static Process Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment) =>
        Start(workingDirectory, arguments, interruptible: false, environment);

    /// <summary>Starts the CLI without waiting, with both output streams redirected; the caller reads them and disposes the process.</summary>
    public static Process Start(string workingDirectory, IEnumerable<string> arguments) => Start(workingDirectory, arguments, interruptible: false);

    /// <summary>
    /// Starts the CLI with SIGINT at its default disposition, so a test can interrupt it as Ctrl+C would: a test runner
    /// started as a background job inherits an ignored SIGINT, which the .NET runtime then keeps ignoring.
    /// </summary>
    public static Process StartInterruptible(string workingDirectory, IEnumerable<string> arguments) => Start(workingDirectory, arguments, interruptible: true);

    private static Process Start(string workingDirectory, IEnumerable<string> arguments, bool interruptible, IReadOnlyDictionary<string, string>? environment = null)
    {
        var wrap = interruptible && !OperatingSystem.IsWindows();
        var start = new ProcessStartInfo(wrap ? "env" : DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (wrap)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(DotnetHost());
        }

        start.ArgumentList.Add(CliPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>
    /// Runs the CLI through <paramref name="wrapper"/> (a program and its arguments that end by running the command line
    /// they are given, such as <c>prlimit --fsize=N --</c> or a shell script), so a test can start it under a real limit.
    /// </summary>
    public static async Task<CliResult> RunWrappedAsync(string workingDirectory, IReadOnlyList<string> wrapper, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(wrapper);
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo(wrapper[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in wrapper.Skip(1).Concat([DotnetHost(), CliPath]).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {wrapper[0]}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{string.Join(' ', start.ArgumentList)} did not finish within {DefaultTimeout.TotalSeconds:0} s.{Environment.NewLine}{await stdout}{Environment.NewLine}{await stderr}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Asserts that nothing a user sees looks like an unhandled exception.</summary>
    public static void AssertNoStackTrace(CliResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var text in new[] { result.StandardOutput, result.StandardError })
        {
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }
    }

    private static string FindCli()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "forcesim.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("forcesim.dll is not beside the test assembly; is the CLI project referenced?", path);
    }

    /// <summary>The dotnet host running the tests (so the same runtime runs the CLI), else dotnet on the PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return "dotnet";
    }
}
