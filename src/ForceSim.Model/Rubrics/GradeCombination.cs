namespace ForceSim.Model.Rubrics;

/// <summary>How an area's grade follows from the grades of its measures.</summary>
public enum GradeCombination
{
    /// <summary>The area takes its weakest measure's grade: one serious failing is enough to mark a force down.</summary>
    Worst,

    /// <summary>The mean of the measures' grade ranks, rounded towards the worse grade on a tie.</summary>
    Average,
}
