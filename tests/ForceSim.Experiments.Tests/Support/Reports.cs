namespace ForceSim.Experiments.Tests.Support;

/// <summary>Hands each progress report to a callback at once (as the CLI's views do), so a test can see them in order or act on one.</summary>
internal sealed class Reports<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
