using System.Text.Json;
using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Reporting.Output;

/// <summary>
/// results.json's <c>explanations</c>: per area, the most likely grade, the rule that combined its measures, the deciding
/// measures and, for each measure, its mean, thresholds, own grade and margins to the next grade up and down.
/// </summary>
public static class ExplanationsJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<GradeExplanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(explanations);
        json.WriteStartObject("explanations");
        foreach (var area in explanations)
        {
            json.WriteStartObject(area.Area);
            json.WriteString("combine", GradeNames.Key(area.Combine));
            WriteGrade(json, "most_likely", area.MostLikely);
            json.WriteNumber("probability", area.Probability);
            WriteGrade(json, "grade_at_means", area.GradeAtMeans);
            json.WriteString("decided_by", area.DecidedBy switch { DecidingKind.Lifts => "one_grade_better_lifts_the_area", DecidingKind.Weakest => "weakest_measures", _ => "none" });
            json.WriteStartArray("deciding");
            foreach (var measure in area.Deciding)
            {
                json.WriteStringValue(measure);
            }

            json.WriteEndArray();
            if (area.Withheld is { } withheld)
            {
                json.WriteString("withheld", withheld);
            }

            json.WriteString("sentence", area.Sentence());
            json.WriteStartObject("measures");
            foreach (var measure in area.Measures)
            {
                WriteMeasure(json, measure);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter json, MeasureExplanation measure)
    {
        json.WriteStartObject(measure.Measure);
        if (measure.Value is { } value)
        {
            json.WriteNumber("mean", value);
        }
        else
        {
            json.WriteNull("mean");
        }

        json.WriteString("better", measure.HigherIsBetter ? "higher" : "lower");
        json.WriteStartObject("thresholds");
        foreach (var (grade, threshold) in measure.Thresholds.OrderBy(t => t.Key))
        {
            json.WriteNumber(GradeNames.Key(grade), threshold);
        }

        json.WriteEndObject();
        WriteGrade(json, "grade", measure.Grade);
        WriteStep(json, "up", measure.Up);
        WriteStep(json, "down", measure.Down);
        json.WriteBoolean("deciding", measure.Decides);
        json.WriteEndObject();
    }

    /// <summary>E.g. <c>"up": {"grade": "adequate", "margin": 0.094}</c>: the next grade that way and the distance to it.</summary>
    private static void WriteStep(Utf8JsonWriter json, string name, (InspectionGrade Grade, double Margin)? step)
    {
        if (step is not { } s)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("grade", GradeNames.Key(s.Grade));
        json.WriteNumber("margin", s.Margin);
        json.WriteEndObject();
    }

    private static void WriteGrade(Utf8JsonWriter json, string name, InspectionGrade? grade)
    {
        if (grade is { } g)
        {
            json.WriteString(name, GradeNames.Key(g));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
