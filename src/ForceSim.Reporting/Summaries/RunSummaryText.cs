using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Summaries;

/// <summary>
/// The few sentences a run's terminal output and report.html open with, written from its results for a chief officer:
/// attendance against the scenario's own targets, calls, investigations, and the likely grade of each area. Only
/// measures the run produced are mentioned, so a control-room-only scenario gets no sentence about attendance.
/// </summary>
public static class RunSummaryText
{
    /// <param name="gradeReasons">
    /// Area id → why that grade (e.g. "attendance in time for the need is below 60%"); each is appended as ", mainly
    /// because …". By default the rubric's own explanation: its deciding measure, where the explanation's grade is the one
    /// the sentence names (the explanation grades the full year, the sentence what an inspection's samples would see).
    /// </param>
    public static IReadOnlyList<string> Sentences(Scenario scenario, Rubric rubric, ExperimentResult result, IReadOnlyDictionary<string, string>? gradeReasons = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(result);
        var replications = result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures).ToList();
        // A grade the diagnostics withheld is not named at all: the reason it is withheld is given instead.
        var withheld = rubric.Areas
            .Select(a => (a.Id, Grade: result.Diagnostics?.WithheldFor(RunDiagnostics.AllForces, a.Id)))
            .Where(w => w.Grade is not null)
            .ToDictionary(w => w.Id, w => w.Grade!.Cause, StringComparer.Ordinal);
        var grades = rubric.Areas
            .Select(a => new AreaGrade(a.Id, a.Name.Length > 0 ? a.Name : a.Id.Replace('_', ' '), GradeDistribution.From(a.Id, "inspection", withheld.ContainsKey(a.Id) ? [] : replications)))
            .ToList();
        var reasons = new Dictionary<string, string>(gradeReasons ?? Reasons(rubric, result, grades), StringComparer.Ordinal);
        foreach (var (area, why) in withheld)
        {
            reasons[area] = why;
        }

        return Sentences(result.Summary, AttendanceTargets.Of(scenario), grades, reasons);
    }

    /// <summary>The deciding measure of each area whose explained grade is the grade the summary names, in words.</summary>
    private static Dictionary<string, string> Reasons(Rubric rubric, ExperimentResult result, IReadOnlyList<AreaGrade> grades)
    {
        var named = grades.ToDictionary(g => g.Id, g => g.Inspection.MostLikely, StringComparer.Ordinal);
        return GradeExplainer.Explain(rubric, result)
            .Where(e => e.MostLikely is not null && named.GetValueOrDefault(e.Area) == e.MostLikely)
            .Select(e => (e.Area, Reason: e.Reason(MeasureLabels.InSentence)))
            .Where(e => e.Reason is not null)
            .ToDictionary(e => e.Area, e => e.Reason!, StringComparer.Ordinal);
    }

    public static IReadOnlyList<string> Sentences(
        IReadOnlyDictionary<string, MeasureSummary> summary,
        AttendanceTargets targets,
        IReadOnlyList<AreaGrade> grades,
        IReadOnlyDictionary<string, string>? gradeReasons = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(grades);
        double? Mean(string name) => summary.TryGetValue(name, out var s) ? s.Mean : null;
        var sentences = new List<string>();
        Add(sentences, RunSentences.Attendance(Mean, targets));
        Add(sentences, RunSentences.Calls(Mean));
        Add(sentences, RunSentences.Units(Mean));
        Add(sentences, RunSentences.Investigations(Mean));
        foreach (var area in grades)
        {
            sentences.Add(GradeSentence(area, gradeReasons?.GetValueOrDefault(area.Id)));
        }

        return sentences;
    }

    /// <summary>"Likely graded requires improvement for responding to the public (probability 80%)", then ", mainly because …" when a reason is known.</summary>
    public static string GradeSentence(AreaGrade area, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        var name = MeasureLabels.LowerFirst(area.Name);
        var because = string.IsNullOrWhiteSpace(reason) ? "" : $", mainly because {reason.Trim().TrimEnd('.')}";
        if (area.Inspection.MostLikely is not { } grade)
        {
            return string.IsNullOrWhiteSpace(reason)
                ? $"No grade can be given for {name} from these results."
                : $"No grade can be given for {name}: {reason.Trim().TrimEnd('.')}.";
        }

        return $"Likely graded {GradeNames.Label(grade)} for {name} (probability {Proportions.Percent(area.Inspection.Probability[grade])}){because}.";
    }

    private static void Add(List<string> sentences, string? sentence)
    {
        if (sentence is not null)
        {
            sentences.Add(sentence);
        }
    }
}
