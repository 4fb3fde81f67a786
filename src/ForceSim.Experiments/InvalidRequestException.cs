namespace ForceSim.Experiments;

/// <summary>
/// A request the user can fix (a missing file, a bad scenario, an option out of range). Every front end reports it as
/// one clear message without a stack trace: the CLI with exit code 2, the web with HTTP 400.
/// </summary>
public sealed class InvalidRequestException : Exception
{
    public InvalidRequestException(string message)
        : base(message)
    {
    }

    public InvalidRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidRequestException()
    {
    }
}
