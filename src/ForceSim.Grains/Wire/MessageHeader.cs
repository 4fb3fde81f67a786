using ForceSim.Engine.Protocol;

namespace ForceSim.Grains.Wire;

/// <summary>The protocol fields every message carries: effect time, sender, target and the sender's sequence number.</summary>
[GenerateSerializer]
public struct MessageHeader
{
    [Id(0)] public double EffectTime;
    [Id(1)] public int SenderKind;
    [Id(2)] public long Sender;
    [Id(3)] public int TargetKind;
    [Id(4)] public long Target;
    [Id(5)] public long Sequence;

    public readonly LpId SenderId => new((LpKind)SenderKind, Sender);

    public readonly LpId TargetId => new((LpKind)TargetKind, Target);

    public static MessageHeader Of(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new()
        {
            EffectTime = message.EffectTime,
            SenderKind = (int)message.Sender.Kind,
            Sender = message.Sender.Id,
            TargetKind = (int)message.Target.Kind,
            Target = message.Target.Id,
            Sequence = message.Sequence,
        };
    }
}
