namespace ForceSim.Testing.Cli;

/// <summary>What one run of the real <c>forcesim</c> process printed and returned.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard output with runs of whitespace collapsed: the terminal library wraps long lines at 80 columns when output is redirected.</summary>
    public string Output => CliProcess.Collapse(StandardOutput);

    public string Error => CliProcess.Collapse(StandardError);

    public override string ToString() =>
        $"exit code {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}";
}
