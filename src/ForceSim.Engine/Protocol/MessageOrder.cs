namespace ForceSim.Engine.Protocol;

/// <summary>The protocol's delivery order: effect time, then sender, then the sender's sequence.</summary>
public sealed class MessageOrder : IComparer<Message>
{
    public static MessageOrder Instance { get; } = new();

    public int Compare(Message? x, Message? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var byTime = x.EffectTime.CompareTo(y.EffectTime);
        if (byTime != 0)
        {
            return byTime;
        }

        var bySender = x.Sender.CompareTo(y.Sender);
        return bySender != 0 ? bySender : x.Sequence.CompareTo(y.Sequence);
    }
}
