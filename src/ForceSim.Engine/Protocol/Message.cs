using System.Text.Json.Serialization;

namespace ForceSim.Engine.Protocol;

/// <summary>
/// Everything LPs say to each other. A message takes effect at <see cref="EffectTime"/>, which is never
/// earlier than the end of the window in which it was sent (the model's lookahead).
/// Plain JSON (with a type name) is how hosts store or ship one; the engine itself never serialises.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(ContactOutcome), "ContactOutcome")]
[JsonDerivedType(typeof(CrimeReferral), "CrimeReferral")]
[JsonDerivedType(typeof(InvestigationUpdate), "InvestigationUpdate")]
[JsonDerivedType(typeof(RepeatCall), "RepeatCall")]
[JsonDerivedType(typeof(ShiftPlan), "ShiftPlan")]
[JsonDerivedType(typeof(UnitWorkload), "UnitWorkload")]
[JsonDerivedType(typeof(RecordShared), "RecordShared")]
[JsonDerivedType(typeof(AidRequest), "AidRequest")]
[JsonDerivedType(typeof(AidGranted), "AidGranted")]
public abstract record Message
{
    public required double EffectTime { get; init; }

    public required LpId Sender { get; init; }

    public required LpId Target { get; init; }

    /// <summary>Per-sender counter: the last tie-breaker of the delivery order.</summary>
    public required long Sequence { get; init; }
}
