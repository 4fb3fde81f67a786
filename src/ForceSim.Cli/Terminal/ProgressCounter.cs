namespace ForceSim.Cli.Terminal;

/// <summary>
/// One progress bar's state: its text and how much of the total is done. Parallel replications finish in any order and
/// report from their own threads, so "5 done" can arrive after "6 done"; the counter never goes back, and its text stays
/// with the furthest count, so a finished run reads "6/6" at 100%, never "5/6" beside a full bar.
/// </summary>
public sealed class ProgressCounter
{
    public string Description { get; private set; } = "";

    public double Done { get; private set; }

    public double Total { get; private set; } = 1;

    /// <summary>Takes a report; one behind the furthest so far changes nothing but the total.</summary>
    public void Update(string description, double done, double total)
    {
        ArgumentNullException.ThrowIfNull(description);
        Total = total;
        if (done >= Done || Description.Length == 0)
        {
            Done = Math.Max(Done, done);
            Description = description;
        }
    }
}
