using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>
/// Explains each area's grade from an experiment's results and its rubric. The grade comes from the replications (the
/// most likely full-population grade); the reasons come from grading the measures' means, where the deciding measures
/// are found by asking, measure by measure, whether one grade better would lift the area. When no single measure
/// would, the weakest measures (most serious first) are the ones holding the grade where it is.
/// </summary>
public static class GradeExplainer
{
    public static IReadOnlyList<GradeExplanation> Explain(Rubric rubric, ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(result);
        var replications = result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures).ToList();
        return [.. rubric.Areas.Select(area => result.Diagnostics?.WithheldFor(RunDiagnostics.AllForces, area.Id) is { } withheld
            ? Withheld(area, result, withheld.Message)
            : Explain(area, name => Mean(result, name), GradeDistribution.From(area.Id, "population", replications)))];
    }

    /// <summary>An area whose grade the diagnostics withheld: its measures are shown, but nothing decides a grade it is not given.</summary>
    private static GradeExplanation Withheld(GradedArea area, ExperimentResult result, string message)
    {
        var shown = Explain(area, name => Mean(result, name), GradeDistribution.From(area.Id, "population", []));
        return shown with
        {
            Withheld = message,
            MostLikely = null,
            Probability = 0,
            Deciding = [],
            DecidedBy = DecidingKind.None,
            Measures = [.. shown.Measures.Select(m => m with { Decides = false })],
        };
    }

    /// <summary>Explains one area from its measures' means and its grade distribution over the replications.</summary>
    public static GradeExplanation Explain(GradedArea area, Func<string, double?> meanOf, GradeDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(meanOf);
        ArgumentNullException.ThrowIfNull(distribution);
        var measures = area.Measures.Select(m => MeasureExplanation.Of(m, meanOf(m.Measure))).ToList();
        var graded = measures.Where(m => m.Grade is not null).ToList();
        var grades = graded.Select(m => m.Grade!.Value).ToList();
        var atMeans = GradeCombiner.Combine(area.Combine, grades);
        var (kind, deciding) = atMeans is { } grade ? Deciding(area.Combine, graded, grade) : (DecidingKind.None, []);
        var names = deciding.Select(m => m.Measure).ToHashSet();
        var likely = distribution.MostLikely;
        return new GradeExplanation
        {
            Area = area.Id,
            Name = area.Name.Length > 0 ? area.Name : area.Id,
            Combine = area.Combine,
            MostLikely = likely,
            Probability = likely is { } l ? distribution.Probability[l] : 0,
            GradeAtMeans = atMeans,
            Measures = [.. measures.Select(m => m with { Decides = names.Contains(m.Measure) })],
            Deciding = [.. deciding.Select(m => m.Measure)],
            DecidedBy = kind,
        };
    }

    /// <summary>The measures one grade of improvement in which lifts the area; failing that, the weakest measures.</summary>
    private static (DecidingKind Kind, IReadOnlyList<MeasureExplanation> Measures) Deciding(GradeCombination rule, List<MeasureExplanation> graded, InspectionGrade area)
    {
        var grades = graded.Select(m => m.Grade!.Value).ToList();
        var lifters = new List<MeasureExplanation>();
        for (var i = 0; i < graded.Count; i++)
        {
            if (grades[i] == InspectionGrade.Outstanding)
            {
                continue;
            }

            var better = grades.ToList();
            better[i] = grades[i] - 1;
            if (GradeCombiner.Combine(rule, better) < area)
            {
                lifters.Add(graded[i]);
            }
        }

        if (lifters.Count > 0)
        {
            return (DecidingKind.Lifts, MostSeriousFirst(lifters));
        }

        var weakest = grades.Max();
        return (DecidingKind.Weakest, MostSeriousFirst(graded.Where(m => m.Grade == weakest)));
    }

    /// <summary>Worst grade first, then deepest within its grade's band; rubric order breaks exact ties.</summary>
    private static MeasureExplanation[] MostSeriousFirst(IEnumerable<MeasureExplanation> measures) =>
        [.. measures.Select((m, i) => (m, i)).OrderByDescending(x => x.m.Grade).ThenBy(x => x.m.Depth).ThenBy(x => x.i).Select(x => x.m)];

    private static double? Mean(ExperimentResult result, string measure) =>
        MeasureSummary.Of(result.Replications.Select(r => r.Measures.TryGetValue(measure, out var v) ? v : null)).Mean;
}
