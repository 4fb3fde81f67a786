using ForceSim.Model.Calibration;
using ForceSim.Model.Rubrics;
using YamlDotNet.RepresentationModel;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>Binds a targets file: <c>name</c>, <c>scenario</c>, <c>assumptions</c>, <c>fit</c> and the <c>targets</c> list.</summary>
internal static class TargetsBinder
{
    private static readonly ChoiceSet<TargetKind> Kinds = new(
        ("binomial", TargetKind.Binomial),
        ("proportion", TargetKind.Proportion),
        ("mean", TargetKind.Mean),
        ("ordinal", TargetKind.Ordinal),
        ("direction", TargetKind.Direction));

    private static readonly ChoiceSet<InspectionGrade> Grades = new([.. GradeNames.All.Select(g => (GradeNames.Key(g), g))]);

    public static TargetSet? Bind(BindContext context, YamlNode root, string fileName)
    {
        var top = MappingReader.Open(context, root, KeyPath.Root);
        if (top is null)
        {
            return null;
        }

        var name = top.Text("name", Path.GetFileNameWithoutExtension(fileName));
        var scenario = top.Text("scenario", "");
        var assumptions = top.Text("assumptions", "");
        var fit = top.Optional("fit") is { } fitNode ? ListReader.Texts(context, fitNode, top.PathOf("fit")) : [];
        var targets = new List<CalibrationTarget>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in top.NonEmptyList("targets", "target"))
        {
            if (MappingReader.Open(context, item.Node, item.Path) is not { } reader || BindTarget(reader) is not { } target)
            {
                continue;
            }

            if (target.Id.Length > 0 && !ids.Add(target.Id))
            {
                reader.Report("id", $"'{target.Id}' is used twice; give each target its own id");
            }

            targets.Add(target);
        }

        return new TargetSet
        {
            Name = name,
            SourcePath = fileName,
            ScenarioPath = Beside(fileName, scenario),
            AssumptionsPath = Beside(fileName, assumptions),
            Fit = fit,
            Targets = targets,
        };
    }

    /// <summary>A path named in the file, relative to the file's folder; absolute when the file was named by an absolute path.</summary>
    private static string Beside(string fileName, string path)
    {
        if (path.Length == 0)
        {
            return "";
        }

        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? ".", path));
        return Path.IsPathRooted(fileName) ? full : Path.GetRelativePath(".", full);
    }

    private static CalibrationTarget? BindTarget(MappingReader reader)
    {
        var target = new CalibrationTarget
        {
            Id = reader.RequiredIdentifier("id"),
            Kind = TargetKind.Mean,
            Measure = reader.RequiredText("measure"),
            Source = reader.RequiredText("source"),
            Year = reader.RequiredInteger("year", 1900, 2100),
            Holdout = reader.Boolean("holdout", false),
        };
        if (reader.Required("kind") is not { } kindNode || ScalarReader.Choice(reader.Context, kindNode, reader.PathOf("kind"), Kinds) is not { } kind)
        {
            return null;
        }

        return kind switch
        {
            TargetKind.Binomial => Binomial(reader, target),
            TargetKind.Proportion => Proportion(reader, target),
            TargetKind.Mean => target with
            {
                Kind = kind,
                Mean = reader.RequiredNumber("mean", NumberRange.Between(double.MinValue, double.MaxValue)),
                StandardError = reader.RequiredNumber("standard_error", NumberRange.Positive),
            },
            TargetKind.Ordinal => target with
            {
                Kind = kind,
                Level = reader.Required("level") is { } level ? ScalarReader.Choice(reader.Context, level, reader.PathOf("level"), Grades) ?? InspectionGrade.Adequate : InspectionGrade.Adequate,
                Tolerance = reader.Number("tolerance", 0.5, NumberRange.Positive),
            },
            _ => Direction(reader, target),
        };
    }

    private static CalibrationTarget Binomial(MappingReader reader, CalibrationTarget target)
    {
        var successes = reader.RequiredInteger("successes", 0, int.MaxValue);
        var trials = reader.RequiredInteger("trials", 1, int.MaxValue);
        if (successes > trials)
        {
            reader.Report("successes", Invariant($"must not exceed trials ({trials}) (got {successes}); a count cannot be larger than its base"));
        }

        return target with { Kind = TargetKind.Binomial, Successes = Math.Min(successes, trials), Trials = trials };
    }

    private static CalibrationTarget Proportion(MappingReader reader, CalibrationTarget target)
    {
        var proportion = reader.RequiredNumber("proportion", NumberRange.Probability);
        var size = reader.RequiredInteger("base", 1, int.MaxValue);
        return target with { Kind = TargetKind.Proportion, Successes = (int)Math.Round(proportion * size), Trials = size };
    }

    private static CalibrationTarget Direction(MappingReader reader, CalibrationTarget target)
    {
        var higher = reader.Optional("higher_than");
        var lower = reader.Optional("lower_than");
        if ((higher is null) == (lower is null))
        {
            reader.Report("kind", "a direction needs exactly one of higher_than or lower_than, naming the measure it is compared with");
            return target with { Kind = TargetKind.Direction };
        }

        var key = higher is null ? "lower_than" : "higher_than";
        var than = ScalarReader.Text(reader.Context, higher ?? lower!, reader.PathOf(key)) ?? "";
        return target with { Kind = TargetKind.Direction, Than = than, Higher = higher is not null };
    }
}
