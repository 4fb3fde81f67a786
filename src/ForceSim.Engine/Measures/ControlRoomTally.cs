namespace ForceSim.Engine.Measures;

/// <summary>Levels that belong to a control room rather than a force: its queues and call handlers.</summary>
public sealed class ControlRoomTally
{
    public ControlRoomTally(MeasuredPeriod period)
    {
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            QueueLength[c] = new TimeWeighted(period) { Weekly = new WeeklyProfile(period.MondayOffsetHours), Daily = new DailySeries(period.End) };
        }

        HandlersBusy = new TimeWeighted(period) { Weekly = new WeeklyProfile(period.MondayOffsetHours) };
        HandlersOnDuty = new TimeWeighted(period) { Weekly = new WeeklyProfile(period.MondayOffsetHours) };
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

    internal void Visit(TallyVisitor visitor)
    {
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            QueueLength[c].Visit(visitor);
        }

        HandlersBusy.Visit(visitor);
        HandlersOnDuty.Visit(visitor);
    }
}
