namespace ForceSim.Model.Rubrics;

/// <summary>Grade names as they appear in YAML and results.json.</summary>
public static class GradeNames
{
    public static IReadOnlyList<InspectionGrade> All { get; } =
        [InspectionGrade.Outstanding, InspectionGrade.Good, InspectionGrade.Adequate, InspectionGrade.RequiresImprovement, InspectionGrade.Inadequate];

    public static string Key(InspectionGrade grade) => grade switch
    {
        InspectionGrade.Outstanding => "outstanding",
        InspectionGrade.Good => "good",
        InspectionGrade.Adequate => "adequate",
        InspectionGrade.RequiresImprovement => "requires_improvement",
        _ => "inadequate",
    };

    public static string Label(InspectionGrade grade) => grade switch
    {
        InspectionGrade.Outstanding => "outstanding",
        InspectionGrade.Good => "good",
        InspectionGrade.Adequate => "adequate",
        InspectionGrade.RequiresImprovement => "requires improvement",
        _ => "inadequate",
    };

    /// <summary>A combination rule's YAML name (<c>combine:</c>).</summary>
    public static string Key(GradeCombination combine) => combine switch
    {
        GradeCombination.Worst => "worst",
        GradeCombination.LimitingFactor => "limiting_factor",
        _ => "average",
    };
}
