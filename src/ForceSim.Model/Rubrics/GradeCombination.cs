namespace ForceSim.Model.Rubrics;

/// <summary>How an area's grade follows from the grades of its measures.</summary>
public enum GradeCombination
{
    /// <summary>The area takes its weakest measure's grade: one serious failing is enough to mark a force down.</summary>
    Worst,

    /// <summary>The mean of the measures' grade ranks, rounded towards the worse grade on a tie.</summary>
    Average,

    /// <summary>
    /// The average, limited by the weakest measures: no better than one grade above the weakest measure, and no better
    /// than the second weakest. One failing is offset by strengths only so far; two failings at a level set the grade.
    /// </summary>
    LimitingFactor,
}
