using ForceSim.Engine.Grading;

namespace ForceSim.Reporting.Summaries;

/// <summary>One rubric area as a summary names it, with the chance of each grade an inspection would award.</summary>
public sealed record AreaGrade(string Id, string Name, GradeDistribution Inspection);
