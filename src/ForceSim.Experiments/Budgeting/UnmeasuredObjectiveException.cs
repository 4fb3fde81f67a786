namespace ForceSim.Experiments.Budgeting;

/// <summary>The base scenario does not produce the objective (a misspelt measure, an area the rubric does not grade).</summary>
public sealed class UnmeasuredObjectiveException : Exception
{
    public UnmeasuredObjectiveException(string message)
        : base(message)
    {
    }

    public UnmeasuredObjectiveException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnmeasuredObjectiveException()
    {
    }
}
