using ForceSim.Model.Loading;
using YamlDotNet.RepresentationModel;
using static System.FormattableString;

namespace ForceSim.Model.Experiments;

/// <summary>
/// Reads an experiment file (see docs/experiment-format.md) and checks it in one pass, reporting every problem as
/// <c>file:line:column: key.path: message</c> like the scenario loader. It checks the experiment's own keys and that the
/// scenario file exists; whether each factor value makes a valid scenario is checked by loading each variant.
/// </summary>
public static class ExperimentLoader
{
    /// <summary>The most variants one experiment may have.</summary>
    public const int MaxVariants = 100_000;

    /// <summary>Column names the output files already use, which a factor column may not take.</summary>
    public static readonly IReadOnlyList<string> ReservedColumns = ["variant", "replication", "measure", "value"];

    private static readonly ChoiceSet<DesignType> DesignTypes = new(
        ("factorial", DesignType.Factorial),
        ("latin_hypercube", DesignType.LatinHypercube),
        ("one_at_a_time", DesignType.OneAtATime));

    public static ExperimentLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = InputFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var message = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot read the file: {e.Message}";
            return new ExperimentLoadResult(null, [new ScenarioProblem(path, 0, 0, KeyPath.Root, message)]);
        }

        return LoadText(text, path);
    }

    /// <summary>Loads an experiment from YAML text; <paramref name="fileName"/> names it in problems and anchors the relative scenario path.</summary>
    public static ExperimentLoadResult LoadText(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var (root, parseProblems) = YamlTextParser.Parse(yaml, fileName);
        if (root is null)
        {
            return new ExperimentLoadResult(null, parseProblems);
        }

        var context = new BindContext(fileName);
        var experiment = Bind(context, root, fileName);
        context.ReportUnknownKeys();
        var problems = parseProblems.Concat(context.Problems).OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        return new ExperimentLoadResult(problems.Count == 0 ? experiment : null, problems);
    }

    private static Experiment? Bind(BindContext context, YamlNode root, string fileName)
    {
        var top = MappingReader.Open(context, root, KeyPath.Root);
        if (top is null)
        {
            return null;
        }

        var name = top.RequiredText("name");
        var scenario = top.RequiredText("scenario");
        var scenarioPath = scenario;
        if (scenario.Length > 0)
        {
            scenarioPath = Path.IsPathRooted(scenario) ? scenario : Path.Combine(Path.GetDirectoryName(fileName) ?? "", scenario);
            if (!File.Exists(scenarioPath))
            {
                top.Report("scenario", $"scenario file not found: '{scenarioPath}' (a relative path is read from the experiment file's folder)");
            }
        }

        int? replications = top.Has("replications") ? top.Integer("replications", 1, 1, 10_000) : null;
        long? seed = top.Has("seed") ? top.Long("seed", 1, 0, long.MaxValue) : null;
        var measures = top.Optional("measures") is { } measuresNode ? ListReader.Texts(context, measuresNode, "measures") : [];
        var design = top.RequiredMapping("design");
        if (design is null)
        {
            return null;
        }

        var type = design.Required("type") is { } typeNode
            ? ScalarReader.Choice(context, typeNode, design.PathOf("type"), DesignTypes)
            : null;
        var samples = 0;
        var designSeed = seed ?? 1;
        if (type == DesignType.LatinHypercube)
        {
            samples = design.RequiredInteger("samples", 1, MaxVariants);
            designSeed = design.Long("seed", designSeed, 0, long.MaxValue);
        }

        var factors = new List<ExperimentFactor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in design.NonEmptyList("factors", "factor"))
        {
            if (type is { } t && BindFactor(context, item, t) is { } factor)
            {
                if (!seen.Add(factor.Path))
                {
                    context.Report(item.Path + ".path", $"factor '{factor.Path}' is listed twice; list each scenario key once");
                }

                factors.Add(factor);
            }
        }

        if (type == DesignType.Factorial && ExperimentDesign.FactorialSize(factors) > MaxVariants)
        {
            design.Report("factors", Invariant($"a factorial design of these factors has {ExperimentDesign.FactorialSize(factors):N0} variants; at most {MaxVariants:N0} are allowed (use latin_hypercube for many factors)"));
        }

        if (type is null || context.Problems.Count > 0)
        {
            return null;
        }

        return new Experiment
        {
            Name = name,
            SourcePath = fileName,
            ScenarioPath = scenarioPath,
            Replications = replications,
            Seed = seed,
            Design = type.Value,
            Samples = samples,
            DesignSeed = designSeed,
            Factors = WithColumns(factors),
            Measures = measures,
        };
    }

    private static ExperimentFactor? BindFactor(BindContext context, ValueNode item, DesignType type)
    {
        var reader = MappingReader.Open(context, item.Node, item.Path);
        if (reader is null)
        {
            return null;
        }

        var path = reader.RequiredText("path");
        if (path.Length > 0)
        {
            if (!OverridePath.TryParse(path, out var parsed, out var error))
            {
                reader.Report("path", $"not a scenario key path: {error}; write it as for --set, e.g. forces.cambridgeshire.investigation.supervisors or control_rooms[0].call_handlers.reserved_for_emergency");
            }
            else if (parsed!.Segments[0].Key == ScenarioComposer.ExtendsKey)
            {
                reader.Report("path", "extends cannot be a factor; write one experiment per base scenario");
            }
        }

        var factor = new ExperimentFactor { Path = path, Column = "" };
        switch (type)
        {
            case DesignType.Factorial:
                var values = new List<string>();
                foreach (var value in reader.NonEmptyList("values", "value"))
                {
                    if (Scalar(context, value.Node, value.Path) is { } text)
                    {
                        values.Add(text);
                    }
                }

                return factor with { Values = values };
            case DesignType.LatinHypercube:
                var min = reader.Required("min");
                var max = reader.Required("max");
                var low = min is null ? null : ScalarReader.Number(context, min, reader.PathOf("min"), NumberRange.NonNegative);
                var high = max is null ? null : ScalarReader.Number(context, max, reader.PathOf("max"), NumberRange.NonNegative);
                if (low is { } lo && high is { } hi && lo > hi)
                {
                    reader.Report("max", Invariant($"must be at least min ({lo}) (got {hi})"));
                }

                return factor with { Min = low ?? 0, Max = high ?? 0, Whole = IsWhole(min, low) && IsWhole(max, high) };
            default:
                var lowText = reader.Required("low") is { } l ? Scalar(context, l, reader.PathOf("low")) : null;
                var highText = reader.Required("high") is { } h ? Scalar(context, h, reader.PathOf("high")) : null;
                return factor with { Low = lowText ?? "", High = highText ?? "" };
        }
    }

    /// <summary>A factor value: one YAML scalar, kept as written, that becomes the VALUE of <c>--set PATH=VALUE</c>.</summary>
    private static string? Scalar(BindContext context, YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } text } scalar && !ScalarReader.IsNull(node))
        {
            if (text[0] is '+' or '-' or '*')
            {
                context.Report(node, path, $"must not start with '+', '-' or '*', which --set reads as a change to the scenario's value (got {ScalarReader.Describe(node)}); write the value the key takes, such as 20");
                return null;
            }

            return text;
        }

        context.Report(node, path, $"must be a single value such as 20, 0.8, true or square_root (got {ScalarReader.Describe(node)})");
        return null;
    }

    private static bool IsWhole(YamlNode? node, double? value) =>
        node is YamlScalarNode { Value: { } text } && value is { } v && v == Math.Floor(v) && Math.Abs(v) < 9e15
        && !text.Contains('.', StringComparison.Ordinal) && !text.Contains('e', StringComparison.OrdinalIgnoreCase);

    /// <summary>Names each factor's column by the last key of its path, adding earlier keys until the names are unique.</summary>
    private static List<ExperimentFactor> WithColumns(List<ExperimentFactor> factors)
    {
        var keys = factors.Select(f => f.Path.Split('.')).ToList();
        var depth = new int[factors.Count];
        Array.Fill(depth, 1);
        while (true)
        {
            var names = keys.Select((k, i) => string.Join('.', k[^Math.Min(depth[i], k.Length)..])).ToList();
            var changed = false;
            for (var i = 0; i < names.Count; i++)
            {
                var clash = ReservedColumns.Contains(names[i]) || names.Where((n, j) => j != i && n == names[i]).Any();
                if (clash && depth[i] < keys[i].Length)
                {
                    depth[i]++;
                    changed = true;
                }
            }

            if (!changed)
            {
                return [.. factors.Select((f, i) => f with { Column = names[i] })];
            }
        }
    }
}
