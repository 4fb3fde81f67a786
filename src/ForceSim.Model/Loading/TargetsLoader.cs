using ForceSim.Model.Calibration;

namespace ForceSim.Model.Loading;

/// <summary>
/// Reads a targets file (docs/calibration.md): the observed figures a scenario is calibrated to, each with its kind,
/// uncertainty, source and year. Like the scenario loader it never throws for bad input and reports every problem at
/// once as <c>file:line:column: key.path: message</c>, with a "did you mean" for a misspelt key, measure or parameter.
/// </summary>
public static class TargetsLoader
{
    /// <summary>Loads the file and checks it against <paramref name="checks"/> (measures and declared parameters).</summary>
    public static TargetsLoadResult LoadFile(string path, TargetChecks? checks = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = InputFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var message = e is FileNotFoundException or DirectoryNotFoundException ? "targets file not found" : $"cannot read the targets file: {e.Message}";
            return new TargetsLoadResult(null, [new ScenarioProblem(path, 0, 0, KeyPath.Root, message)]);
        }

        return LoadText(text, path, checks);
    }

    /// <summary>Loads targets from text; <paramref name="fileName"/> names it in problems and anchors relative paths.</summary>
    public static TargetsLoadResult LoadText(string yaml, string fileName, TargetChecks? checks = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var (root, parseProblems) = YamlTextParser.Parse(yaml, fileName);
        if (root is null)
        {
            return new TargetsLoadResult(null, parseProblems);
        }

        var context = new BindContext(fileName);
        var set = TargetsBinder.Bind(context, root, fileName);
        context.ReportUnknownKeys();
        if (set is not null && checks is not null)
        {
            Check(context, set, checks);
        }

        var problems = parseProblems.Concat(context.Problems).OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        return new TargetsLoadResult(problems.Count == 0 ? set : null, problems);
    }

    private static void Check(BindContext context, TargetSet set, TargetChecks checks)
    {
        for (var t = 0; t < set.Targets.Count; t++)
        {
            var target = set.Targets[t];
            var path = KeyPath.Item("targets", t);
            if (checks.Measures is { } measures)
            {
                foreach (var (name, at) in Named(target))
                {
                    if (name.Length > 0 && !measures.Contains(name))
                    {
                        var shown = target.Kind == TargetKind.Ordinal ? name[..name.LastIndexOf('.')] : name;
                        var candidates = target.Kind == TargetKind.Ordinal ? measures.Where(m => m.StartsWith("grades.", StringComparison.Ordinal)).Select(m => m[..m.LastIndexOf('.')]).Distinct() : measures;
                        var hint = Suggestions.Closest(shown, candidates) is { } s ? $"; did you mean '{s}'?" : "";
                        context.Report(KeyPath.Child(path, at ?? "measure"), $"'{shown}' is not a measure the engine reports for this scenario{hint}");
                    }
                }
            }
        }

        if (checks.Parameters is { } parameters)
        {
            for (var f = 0; f < set.Fit.Count; f++)
            {
                if (!parameters.Contains(set.Fit[f]))
                {
                    var hint = Suggestions.Closest(set.Fit[f], parameters) is { } s ? $"; did you mean '{s}'?" : "; declare it, with its range and prior, in the assumptions file first";
                    context.Report(KeyPath.Item("fit", f), $"'{set.Fit[f]}' is not a parameter the assumptions file declares{hint}");
                }
            }
        }
    }

    /// <summary>Each measure name the target reads, with the key that names it (null: <c>measure</c>).</summary>
    private static IEnumerable<(string Name, string? Key)> Named(CalibrationTarget target) => target.Kind switch
    {
        TargetKind.Ordinal => [($"{target.Measure}.{Rubrics.GradeNames.Key(target.Level)}", null)],
        TargetKind.Direction => [(target.Measure, null), (target.Than, target.Higher ? "higher_than" : "lower_than")],
        _ => [(target.Measure, null)],
    };
}
