namespace ForceSim.Experiments.Sweeping;

/// <summary>A sweep was cancelled part-way; <see cref="Saved"/> variants are saved and the same request resumes from them.</summary>
public sealed class SweepInterruptedException : OperationCanceledException
{
    public SweepInterruptedException(int saved, int total, Exception innerException)
        : base($"Interrupted: {saved} of {total} variant(s) are saved.", innerException)
    {
        Saved = saved;
        Total = total;
    }

    public SweepInterruptedException()
    {
    }

    public SweepInterruptedException(string message)
        : base(message)
    {
    }

    public SweepInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Saved { get; }

    public int Total { get; }
}
