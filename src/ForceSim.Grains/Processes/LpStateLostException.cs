namespace ForceSim.Grains.Processes;

/// <summary>
/// An LP grain was asked to carry on a run it holds no state for: its activation was lost with a silo that left the
/// cluster, and Orleans re-activated it empty elsewhere. Carrying on would silently give wrong results, so the run stops.
/// </summary>
[GenerateSerializer]
public sealed class LpStateLostException : Exception
{
    public LpStateLostException()
    {
    }

    public LpStateLostException(string message)
        : base(message)
    {
    }

    public LpStateLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
