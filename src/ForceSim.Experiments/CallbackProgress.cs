namespace ForceSim.Experiments;

/// <summary>
/// Reports progress by calling back at once, on the reporting thread. Unlike <see cref="Progress{T}"/> nothing is posted
/// elsewhere, so a service's reports arrive in the order it made them.
/// </summary>
internal sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
