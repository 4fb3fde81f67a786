namespace ForceSim.Model.Loading;

/// <summary>An input file over <see cref="InputLimits.MaxFileBytes"/>; an <see cref="IOException"/>, so every loader reports it as a file it cannot read.</summary>
public sealed class InputTooLargeException : IOException
{
    public InputTooLargeException()
    {
    }

    public InputTooLargeException(string message)
        : base(message)
    {
    }

    public InputTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
