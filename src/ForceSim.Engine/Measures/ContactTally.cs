namespace ForceSim.Engine.Measures;

/// <summary>Counts for answering the public, per channel, for contacts that arrived in the measured period.</summary>
public sealed class ContactTally
{
    public ContactTally()
    {
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            // One-second bins up to four hours: fine enough for the 10-second standard and Erlang C tails.
            AnswerWait[c] = new Histogram(1.0, 4 * 3600);
            OfferedByHourOfWeek[c] = new long[WeeklyProfile.HoursInWeek];
        }
    }

    public long[] Offered { get; } = new long[ChannelIndex.Channels];

    public long[] Answered { get; } = new long[ChannelIndex.Channels];

    public long[] Abandoned { get; } = new long[ChannelIndex.Channels];

    public long[] AnsweredWithinTarget { get; } = new long[ChannelIndex.Channels];

    public long[] AnsweredWithoutWait { get; } = new long[ChannelIndex.Channels];

    public long[] SpilledToEmergency { get; } = new long[ChannelIndex.Channels];

    /// <summary>Seconds in queue of every caller who left it (answered or abandoned): Little's law's W.</summary>
    public double[] QueueSeconds { get; } = new double[ChannelIndex.Channels];

    /// <summary>Contacts offered in each hour of the week (Monday 00:00 first), per channel.</summary>
    public long[][] OfferedByHourOfWeek { get; } = new long[ChannelIndex.Channels][];

    /// <summary>Answer waits of answered callers, in seconds.</summary>
    public Histogram[] AnswerWait { get; } = new Histogram[ChannelIndex.Channels];

    public void Merge(ContactTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            Offered[c] += other.Offered[c];
            Answered[c] += other.Answered[c];
            Abandoned[c] += other.Abandoned[c];
            AnsweredWithinTarget[c] += other.AnsweredWithinTarget[c];
            AnsweredWithoutWait[c] += other.AnsweredWithoutWait[c];
            SpilledToEmergency[c] += other.SpilledToEmergency[c];
            QueueSeconds[c] += other.QueueSeconds[c];
            AnswerWait[c].Merge(other.AnswerWait[c]);
            for (var h = 0; h < WeeklyProfile.HoursInWeek; h++)
            {
                OfferedByHourOfWeek[c][h] += other.OfferedByHourOfWeek[c][h];
            }
        }
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Counts(Offered);
        visitor.Counts(Answered);
        visitor.Counts(Abandoned);
        visitor.Counts(AnsweredWithinTarget);
        visitor.Counts(AnsweredWithoutWait);
        visitor.Counts(SpilledToEmergency);
        visitor.Numbers(QueueSeconds);
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            visitor.Counts(OfferedByHourOfWeek[c]);
            AnswerWait[c].Visit(visitor);
        }
    }
}
