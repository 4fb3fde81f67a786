using ForceSim.Model.Rubrics;
using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>Binds a grading rubric file: the inspection plan and the graded areas with their thresholds.</summary>
internal static class RubricBinder
{
    private static readonly ChoiceSet<GradeCombination> Combinations = new(
        ("worst", GradeCombination.Worst), ("average", GradeCombination.Average), ("limiting_factor", GradeCombination.LimitingFactor));
    private static readonly ChoiceSet<BetterDirection> Directions = new(("higher", BetterDirection.Higher), ("lower", BetterDirection.Lower));

    private enum BetterDirection
    {
        Higher,
        Lower,
    }

    public static Rubric? Bind(BindContext context, YamlNode root, string fileName)
    {
        var reader = MappingReader.Open(context, root, "");
        if (reader is null)
        {
            return null;
        }

        var defaults = new InspectionPlan();
        var plan = defaults;
        if (reader.Mapping("inspection") is { } inspection)
        {
            plan = new InspectionPlan
            {
                AttendanceSample = inspection.Integer("attendance_sample", defaults.AttendanceSample, 1, 100_000),
                RepeatVictimCheckSample = inspection.Integer("repeat_victim_check_sample", defaults.RepeatVictimCheckSample, 1, 100_000),
                CaseFiles = inspection.Integer("case_files", defaults.CaseFiles, 1, 100_000),
                RecordingSample = inspection.Integer("recording_sample", defaults.RecordingSample, 1, 100_000),
            };
        }

        var areas = new List<GradedArea>();
        if (reader.RequiredMapping("areas") is { } areasReader)
        {
            foreach (var (id, value) in areasReader.All())
            {
                if (MappingReader.Open(context, value.Node, value.Path) is { } area)
                {
                    areas.Add(BindArea(context, id, area));
                }
            }

            if (areas.Count == 0)
            {
                context.Report(areasReader.Node, areasReader.Path, "must name at least one graded area");
            }
        }

        var name = reader.RequiredText("name");
        return new Rubric { Name = name, SourcePath = fileName, Inspection = plan, Areas = areas };
    }

    private static GradedArea BindArea(BindContext context, string id, MappingReader area)
    {
        var measures = new List<GradedMeasure>();
        foreach (var item in area.NonEmptyList("measures", "graded measure"))
        {
            if (MappingReader.Open(context, item.Node, item.Path) is { } measure)
            {
                measures.Add(BindMeasure(context, measure));
            }
        }

        return new GradedArea
        {
            Id = id,
            Name = area.Text("name", id.Replace('_', ' ')),
            Combine = area.Choice("combine", GradeCombination.Worst, Combinations),
            Measures = measures,
        };
    }

    private static GradedMeasure BindMeasure(BindContext context, MappingReader measure)
    {
        var higher = measure.Choice("better", BetterDirection.Higher, Directions) == BetterDirection.Higher;
        var thresholds = new Dictionary<InspectionGrade, double>();
        if (measure.RequiredMapping("thresholds") is { } t)
        {
            foreach (var grade in (InspectionGrade[])[InspectionGrade.Outstanding, InspectionGrade.Good, InspectionGrade.Adequate, InspectionGrade.RequiresImprovement])
            {
                thresholds[grade] = t.RequiredNumber(GradeNames.Key(grade), NumberRange.Between(0, InputLimits.MaxThreshold));
            }

            CheckOrder(context, t, thresholds, higher);
        }

        return new GradedMeasure
        {
            Measure = measure.RequiredText("measure"),
            HigherIsBetter = higher,
            Thresholds = thresholds,
            Reasoning = measure.Text("reasoning", ""),
        };
    }

    /// <summary>Each better grade must need a better value, or some grades could never be awarded.</summary>
    private static void CheckOrder(BindContext context, MappingReader thresholds, Dictionary<InspectionGrade, double> values, bool higher)
    {
        var order = new[] { InspectionGrade.Outstanding, InspectionGrade.Good, InspectionGrade.Adequate, InspectionGrade.RequiresImprovement };
        for (var i = 1; i < order.Length; i++)
        {
            var better = values[order[i - 1]];
            var worse = values[order[i]];
            if (higher ? better < worse : better > worse)
            {
                context.Report(thresholds.Node, thresholds.Path,
                    $"thresholds must {(higher ? "fall" : "rise")} from outstanding to requires_improvement ({GradeNames.Key(order[i - 1])} {better} vs {GradeNames.Key(order[i])} {worse})");
                return;
            }
        }
    }
}
