namespace ForceSim.Model.Rubrics;

/// <summary>The five inspection grades, best first.</summary>
public enum InspectionGrade
{
    Outstanding = 0,
    Good = 1,
    Adequate = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}
