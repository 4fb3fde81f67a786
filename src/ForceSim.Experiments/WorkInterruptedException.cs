namespace ForceSim.Experiments;

/// <summary>
/// A run or sweep was cancelled part-way: <see cref="Saved"/> of <see cref="Total"/> pieces of work (replications or
/// variants, named by <see cref="Noun"/>) are saved, and the same request resumes from them.
/// </summary>
public sealed class WorkInterruptedException : OperationCanceledException
{
    public WorkInterruptedException(int saved, int total, string noun, Exception innerException)
        : base($"Interrupted: {saved} of {total} {noun} are saved.", innerException)
    {
        Saved = saved;
        Total = total;
        Noun = noun;
    }

    public WorkInterruptedException()
    {
    }

    public WorkInterruptedException(string message)
        : base(message)
    {
    }

    public WorkInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Saved { get; }

    public int Total { get; }

    /// <summary>What was saved, in the plural form messages use: "replication(s)" or "variant(s)".</summary>
    public string Noun { get; } = "";
}
