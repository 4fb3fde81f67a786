using YamlDotNet.Core;

namespace ForceSim.Model.Loading;

/// <summary>Stops a parse that went past one of <see cref="InputLimits"/>; the loader turns it into a problem at <see cref="Start"/>.</summary>
internal sealed class InputLimitException : Exception
{
    public InputLimitException(Mark start, string path, string message)
        : base(message)
    {
        Start = start;
        Path = path;
    }

    public InputLimitException()
    {
    }

    public InputLimitException(string message)
        : base(message)
    {
    }

    public InputLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Mark Start { get; } = Mark.Empty;

    public string Path { get; } = KeyPath.Root;
}
