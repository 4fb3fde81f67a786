namespace ForceSim.Cli;

/// <summary>Process exit codes: 2 always means the input was at fault.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary>
    /// The output folder is in use by another run, or a write to it failed (disk full, a file size limit, an I/O error):
    /// nothing was written and saved checkpoints are kept, so the same command can succeed later. A folder that cannot be
    /// used at all (not a folder, read-only, not allowed) is bad input instead.
    /// </summary>
    public const int OutputFault = 3;
    public const int Cancelled = 130;
}
