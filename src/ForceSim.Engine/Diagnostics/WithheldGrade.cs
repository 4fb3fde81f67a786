namespace ForceSim.Engine.Diagnostics;

/// <summary>A graded area not graded in one scope (<c>all</c> or a force id), and why, in words.</summary>
public sealed record WithheldGrade(string Scope, string Area, CapacityResource Resource, string Message);
