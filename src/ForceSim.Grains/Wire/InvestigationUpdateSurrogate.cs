using ForceSim.Engine.Protocol;

namespace ForceSim.Grains.Wire;

/// <summary>Orleans' binary form of an investigation's update to a victim.</summary>
[GenerateSerializer]
public struct InvestigationUpdateSurrogate
{
    [Id(0)] public MessageHeader Header;
    [Id(1)] public long CrimeId;
    [Id(2)] public int Kind;
    [Id(3)] public double At;
}

[RegisterConverter]
public sealed class InvestigationUpdateConverter : IConverter<InvestigationUpdate, InvestigationUpdateSurrogate>
{
    public InvestigationUpdate ConvertFromSurrogate(in InvestigationUpdateSurrogate s) => new()
    {
        EffectTime = s.Header.EffectTime,
        Sender = s.Header.SenderId,
        Target = s.Header.TargetId,
        Sequence = s.Header.Sequence,
        CrimeId = s.CrimeId,
        Kind = (InvestigationUpdateKind)s.Kind,
        At = s.At,
    };

    public InvestigationUpdateSurrogate ConvertToSurrogate(in InvestigationUpdate value) => new()
    {
        Header = MessageHeader.Of(value),
        CrimeId = value.CrimeId,
        Kind = (int)value.Kind,
        At = value.At,
    };
}
