using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Tables;

namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// What a budget is spent to improve: one measure, or the probability that an area is graded a given grade or
/// better (the sum of the <c>grades.&lt;area&gt;.population.&lt;grade&gt;</c> indicators from that grade up).
/// </summary>
public sealed record BudgetObjective
{
    public required string Text { get; init; }

    /// <summary>The measures whose per-replication sum is the objective.</summary>
    public required IReadOnlyList<string> Measures { get; init; }

    public required ObjectiveDirection Direction { get; init; }

    public required string Description { get; init; }

    public bool IsGrade => Text.StartsWith("grade:", StringComparison.Ordinal);

    /// <summary>
    /// Parses <c>MEASURE</c> or <c>grade:AREA:GRADE_or_better</c>. Without an explicit direction, waits, times,
    /// abandonment, undergrading, unreported crime, caseload and cost are minimised and fractions of good
    /// things (and grade probabilities) maximised; utilisation is ambiguous and must be given a direction.
    /// </summary>
    /// <exception cref="FormatException">The text is not an objective, or its direction cannot be inferred.</exception>
    public static BudgetObjective Parse(string text, ObjectiveDirection? direction = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        text = text.Trim();
        if (text.StartsWith("grade:", StringComparison.Ordinal))
        {
            return ParseGrade(text, direction);
        }

        if (text.Contains(':', StringComparison.Ordinal) || text.Contains(' ', StringComparison.Ordinal))
        {
            throw new FormatException($"'{text}' is neither a measure name (e.g. response.attendance_within_target) nor grade:<area>:<grade>_or_better.");
        }

        var inferred = direction ?? InferDirection(text)
            ?? throw new FormatException($"whether '{text}' should go up or down is a policy choice: give --maximise or --minimise.");
        return new BudgetObjective
        {
            Text = text,
            Measures = [text],
            Direction = inferred,
            Description = $"{(inferred == ObjectiveDirection.Maximise ? "maximise" : "minimise")} {MeasureLabels.InSentence(text)} ({text})",
        };
    }

    /// <summary>The objective in one replication, or null when the replication did not measure it.</summary>
    public double? ValueOf(ReplicationResult replication)
    {
        ArgumentNullException.ThrowIfNull(replication);
        double sum = 0;
        foreach (var measure in Measures)
        {
            if (!replication.Measures.TryGetValue(measure, out var value) || value is not { } v)
            {
                return null;
            }

            sum += v;
        }

        return sum;
    }

    /// <summary>Mean over replications, or null when no replication measured it.</summary>
    public double? MeanOf(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return MeasureSummary.Of(result.Replications.Select(ValueOf)).Mean;
    }

    private static ObjectiveDirection? InferDirection(string measure)
    {
        string[] lower = ["wait", "abandon", "_seconds", "_minutes", "undergraded", "unreported", "caseload", "cost.", "_gbp", "_fte"];
        if (measure.Contains("utilisation", StringComparison.Ordinal))
        {
            return null;
        }

        return lower.Any(w => measure.Contains(w, StringComparison.Ordinal)) ? ObjectiveDirection.Minimise : ObjectiveDirection.Maximise;
    }

    private static BudgetObjective ParseGrade(string text, ObjectiveDirection? direction)
    {
        var parts = text.Split(':');
        const string suffix = "_or_better";
        if (parts.Length != 3 || parts[1].Length == 0 || !parts[2].EndsWith(suffix, StringComparison.Ordinal))
        {
            throw new FormatException($"'{text}': a grade objective is grade:<area>:<grade>_or_better, e.g. grade:responding_to_the_public:good_or_better.");
        }

        var gradeKey = parts[2][..^suffix.Length];
        var grade = GradeNames.All.Where(g => GradeNames.Key(g) == gradeKey).Select(g => (InspectionGrade?)g).FirstOrDefault()
            ?? throw new FormatException($"'{text}': unknown grade '{gradeKey}'; use one of {string.Join(", ", GradeNames.All.Select(GradeNames.Key))}.");
        var inferred = direction ?? ObjectiveDirection.Maximise;
        return new BudgetObjective
        {
            Text = text,
            Measures = [.. GradeNames.All.Where(g => g <= grade).Select(g => $"grades.{parts[1]}.population.{GradeNames.Key(g)}")],
            Direction = inferred,
            Description = $"{(inferred == ObjectiveDirection.Maximise ? "maximise" : "minimise")} the probability that {parts[1].Replace('_', ' ')} is graded {GradeNames.Label(grade)} or better (full population)",
        };
    }
}
