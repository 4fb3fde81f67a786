namespace ForceSim.Engine;

/// <summary>
/// The version of the model's behaviour. It is bumped whenever a change makes the shipped scenarios give different
/// results (a new mechanism, a fixed bug, a changed default), so that a posterior fitted to an older model is flagged
/// as stale rather than silently trusted: its parameters were tuned to behaviour the model no longer has.
/// </summary>
public static class ModelVersion
{
    public const int Current = 1;
}
