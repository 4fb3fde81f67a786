namespace ForceSim.Cli;

/// <summary>Process exit codes: 2 always means the input was at fault.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
    public const int Cancelled = 130;
}
