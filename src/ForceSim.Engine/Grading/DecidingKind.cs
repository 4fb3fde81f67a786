namespace ForceSim.Engine.Grading;

/// <summary>How the deciding measures of an area's grade were found.</summary>
public enum DecidingKind
{
    /// <summary>Nothing could be graded.</summary>
    None,

    /// <summary>Improving any one of them by a grade would lift the area's grade: they alone hold it down.</summary>
    Lifts,

    /// <summary>No single improvement lifts the area; these are its weakest measures, which must improve together.</summary>
    Weakest,
}
