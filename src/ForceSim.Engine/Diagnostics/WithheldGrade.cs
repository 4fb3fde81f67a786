namespace ForceSim.Engine.Diagnostics;

/// <summary>A graded area not graded in one scope (<c>all</c> or a force id), and why, in words.</summary>
/// <param name="Cause">What overloaded, e.g. "demand exceeds response capacity".</param>
public sealed record WithheldGrade(string Scope, string Area, CapacityResource Resource, string Cause)
{
    /// <summary>The verdict as results.json and the tables give it: "not gradable: demand exceeds response capacity".</summary>
    public string Message => $"not gradable: {Cause}";
}
