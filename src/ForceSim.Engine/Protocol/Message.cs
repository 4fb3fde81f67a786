namespace ForceSim.Engine.Protocol;

/// <summary>
/// Everything LPs say to each other. A message takes effect at <see cref="EffectTime"/>, which is never
/// earlier than the end of the window in which it was sent (the model's lookahead).
/// </summary>
public abstract record Message
{
    public required double EffectTime { get; init; }

    public required LpId Sender { get; init; }

    public required LpId Target { get; init; }

    /// <summary>Per-sender counter: the last tie-breaker of the delivery order.</summary>
    public required long Sequence { get; init; }
}
