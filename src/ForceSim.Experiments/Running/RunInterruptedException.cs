namespace ForceSim.Experiments.Running;

/// <summary>A run was cancelled part-way; <see cref="Saved"/> replications are saved and the same request resumes from them.</summary>
public sealed class RunInterruptedException : OperationCanceledException
{
    public RunInterruptedException(int saved, int total, Exception innerException)
        : base($"Interrupted: {saved} of {total} replication(s) are saved.", innerException)
    {
        Saved = saved;
        Total = total;
    }

    public RunInterruptedException()
    {
    }

    public RunInterruptedException(string message)
        : base(message)
    {
    }

    public RunInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Saved { get; }

    public int Total { get; }
}
