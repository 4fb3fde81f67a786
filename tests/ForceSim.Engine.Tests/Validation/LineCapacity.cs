namespace ForceSim.Engine.Tests.Validation;

/// <summary>What becomes of a call that arrives when every unit of a hypercube model is busy (Larson's "line capacity").</summary>
public enum LineCapacity
{
    /// <summary>Zero line capacity: the call is lost (in practice, passed to a back-up service).</summary>
    Zero,

    /// <summary>Infinite line capacity: the call waits and the next unit to clear takes the oldest waiting call.</summary>
    Infinite,
}
