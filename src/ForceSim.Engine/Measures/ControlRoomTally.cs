namespace ForceSim.Engine.Measures;

/// <summary>Levels that belong to a control room rather than a force: its queues and call handlers.</summary>
public sealed class ControlRoomTally
{
    public ControlRoomTally(MeasuredPeriod period)
    {
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            QueueLength[c] = new TimeWeighted(period);
        }

        HandlersBusy = new TimeWeighted(period);
        HandlersOnDuty = new TimeWeighted(period);
    }

    public TimeWeighted[] QueueLength { get; } = new TimeWeighted[ChannelIndex.Channels];

    public TimeWeighted HandlersBusy { get; }

    public TimeWeighted HandlersOnDuty { get; }

    public void Merge(ControlRoomTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            QueueLength[c].Merge(other.QueueLength[c]);
        }

        HandlersBusy.Merge(other.HandlersBusy);
        HandlersOnDuty.Merge(other.HandlersOnDuty);
    }
}
