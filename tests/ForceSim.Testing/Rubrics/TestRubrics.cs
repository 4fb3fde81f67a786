using ForceSim.Model.Rubrics;

namespace ForceSim.Testing.Rubrics;

/// <summary>Small hand-made rubrics for the grading tests (measure values to grade come from <c>TestResults.Measures</c>).</summary>
public static class TestRubrics
{
    /// <summary>Thresholds for a fraction where higher is better: outstanding 0.90, good 0.80, adequate 0.65, requires improvement 0.45.</summary>
    public static GradedMeasure Higher(string measure) => new()
    {
        Measure = measure,
        Thresholds = Thresholds(0.90, 0.80, 0.65, 0.45),
    };

    /// <summary>Thresholds where lower is better, e.g. seconds: outstanding 60, good 120, adequate 240, requires improvement 480.</summary>
    public static GradedMeasure Lower(string measure) => new()
    {
        Measure = measure,
        HigherIsBetter = false,
        Thresholds = Thresholds(60, 120, 240, 480),
    };

    public static Dictionary<InspectionGrade, double> Thresholds(double outstanding, double good, double adequate, double requiresImprovement) => new()
    {
        [InspectionGrade.Outstanding] = outstanding,
        [InspectionGrade.Good] = good,
        [InspectionGrade.Adequate] = adequate,
        [InspectionGrade.RequiresImprovement] = requiresImprovement,
    };

    public static GradedArea Area(string id, GradeCombination combine, params GradedMeasure[] measures) =>
        new() { Id = id, Combine = combine, Measures = measures };

    public static Rubric Rubric(params GradedArea[] areas) => new() { Name = "test rubric", Areas = areas };
}
