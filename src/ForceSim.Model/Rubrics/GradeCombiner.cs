namespace ForceSim.Model.Rubrics;

/// <summary>
/// Turns the grades of an area's measures into the area's grade under each <see cref="GradeCombination"/>. Kept apart
/// from the area so an explanation can ask "what if this one measure were a grade better?" without a rubric edit.
/// </summary>
public static class GradeCombiner
{
    /// <summary>The area's grade; null when no measure could be graded.</summary>
    public static InspectionGrade? Combine(GradeCombination rule, IReadOnlyList<InspectionGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        if (grades.Count == 0)
        {
            return null;
        }

        return rule switch
        {
            GradeCombination.Worst => grades.Max(),
            GradeCombination.LimitingFactor => Worse(Average(grades), Limit(grades)),
            _ => Average(grades),
        };
    }

    /// <summary>
    /// The best grade the weakest measures allow under <see cref="GradeCombination.LimitingFactor"/>: one grade above
    /// the weakest measure, or the second weakest measure's grade, whichever is worse. With one measure, its own grade.
    /// </summary>
    public static InspectionGrade Limit(IReadOnlyList<InspectionGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var sorted = grades.OrderDescending().ToList();
        if (sorted.Count == 1)
        {
            return sorted[0];
        }

        var oneAboveWeakest = (InspectionGrade)Math.Max((int)sorted[0] - 1, (int)InspectionGrade.Outstanding);
        return Worse(oneAboveWeakest, sorted[1]);
    }

    /// <summary>The mean grade rank rounded to the nearest grade; a mean halfway between two grades takes the worse one.</summary>
    public static InspectionGrade Average(IReadOnlyList<InspectionGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);

        // round(sum / n) with halves rounded up (towards worse), in integers: floor((2 sum + n) / 2n).
        var sum = grades.Sum(g => (int)g);
        return (InspectionGrade)(((2 * sum) + grades.Count) / (2 * grades.Count));
    }

    private static InspectionGrade Worse(InspectionGrade a, InspectionGrade b) => a > b ? a : b;
}
