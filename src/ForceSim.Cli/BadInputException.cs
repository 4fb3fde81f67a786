namespace ForceSim.Cli;

/// <summary>Raised for input the user can fix (a missing file, a bad scenario); reported without a stack trace, exit code 2.</summary>
public sealed class BadInputException : Exception
{
    public BadInputException(string message)
        : base(message)
    {
    }

    public BadInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BadInputException()
    {
    }
}
