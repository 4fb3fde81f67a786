using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ForceSim.Cli.Cluster;
using ForceSim.Cli.Terminal;
using ForceSim.Grains.Hosting;
using ForceSim.Engine.Running;
using ForceSim.Model.Experiments;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Sweeps;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim sweep EXPERIMENT</c>: runs every variant of an experiment's design (factorial, Latin hypercube or
/// one-at-a-time) with the same seed, and writes sweep.csv, sweep.parquet, variants.csv (and tornado.csv).
/// </summary>
public static class SweepCommand
{
    private const int MaxShownProblems = 10;

    public static Command Create()
    {
        var experiment = new Argument<string>("experiment") { Description = "Experiment YAML file (see docs/experiment-format.md)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/sweep-<experiment file name>)." };
        var parallel = new Option<int?>("--parallel") { Description = "Replications run at once (default: one per core). Results do not depend on it." };
        var fresh = new Option<bool>("--fresh") { Description = "Ignore variants saved by an interrupted earlier sweep." };
        var set = ScenarioInput.CreateSetOption();
        var cluster = ClusterOption.Create();
        var command = new Command("sweep", "Run every variant of an experiment and write sweep.csv, sweep.parquet and variants.csv (tornado.csv for one-at-a-time).")
        {
            experiment, output, parallel, fresh, set, cluster,
        };
        command.SetAction(parse => Execute(
            parse.GetValue(experiment)!,
            parse.GetValue(output),
            parse.GetValue(parallel),
            parse.GetValue(fresh),
            parse.GetValue(set) ?? [],
            parse.GetValue(cluster) is { } address ? ClusterOption.Parse(address) : null));
        return command;
    }

    private static int Execute(string path, string? output, int? parallel, bool fresh, string[] sets, ClusterAddress? cluster)
    {
        var loaded = ExperimentLoader.LoadFile(path);
        if (!loaded.IsValid)
        {
            throw new BadInputException($"{path}: {loaded.Problems.Count} problem(s) in the experiment:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p))}");
        }

        var experiment = loaded.Experiment!;
        var parallelism = parallel ?? Environment.ProcessorCount;
        if (parallelism < 1)
        {
            throw new BadInputException($"--parallel must be 1 or more (got {parallelism}).");
        }

        var variants = ExperimentDesign.Variants(experiment);
        var scenarios = LoadVariants(path, experiment, variants, sets);
        var replications = scenarios[0].Run.Replications;
        var directory = output ?? Path.Combine("results", "sweep-" + Path.GetFileNameWithoutExtension(path));
        var checkpoint = new SweepCheckpoint(Path.Combine(directory, ".sweep-checkpoints"));
        if (fresh)
        {
            checkpoint.Clear();
        }

        var fingerprints = variants.Select(v => Fingerprint(experiment, scenarios[v.Index], [.. sets, .. v.Overrides(experiment)])).ToList();
        var resumed = variants.Count(v => checkpoint.TryLoad(v.Index, fingerprints[v.Index], replications) is not null);
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(experiment.Name)}[/]");
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{variants.Count} variant(s) of {experiment.Factors.Count} factor(s) ({DesignName(experiment.Design)}) on {scenarios[0].Name}; {replications} replication(s) each; seed {scenarios[0].Run.Seed} for every variant")));
        if (resumed > 0)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"Resuming: {resumed} variant(s) already finished by an earlier run are reused."));
        }

        var table = new SweepTable([.. experiment.Factors.Select(f => f.Column)], experiment.Measures);
        var results = new IReadOnlyList<ReplicationResult>[variants.Count];
        var partial = Path.Combine(checkpoint.Directory, "sweep.csv.partial");
        Directory.CreateDirectory(checkpoint.Directory);
        using var cancel = new CancelOnCtrlC();
        var clock = Stopwatch.StartNew();
        using var onCluster = cluster is null ? null : ClusterSweep.Submit(
            cluster,
            experiment.Name,
            [.. variants.Where(v => checkpoint.TryLoad(v.Index, fingerprints[v.Index], replications) is null).Select(v => (v.Index, scenarios[v.Index], fingerprints[v.Index]))],
            cancel.Token);
        if (onCluster is not null)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"Variants submitted to cluster {cluster} as experiments; the silos run their replications."));
            foreach (var (variant, id) in onCluster.Experiments)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"  variant {variant}: experiment {id}"));
            }
        }

        try
        {
            using (var csv = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                csv.Write(table.Header());
                SweepProgress.Run(variants.Count, replications, report =>
                {
                    for (var v = 0; v < variants.Count; v++)
                    {
                        var done = v;
                        var runs = checkpoint.TryLoad(v, fingerprints[v], replications);
                        if (runs is null && onCluster is not null)
                        {
                            runs = onCluster.Collect(v, n => report(done, (done * replications) + n), cancel.Token);
                            checkpoint.Save(v, fingerprints[v], runs);
                        }
                        else if (runs is null)
                        {
                            runs = ExperimentRunner.Run(
                                scenarios[v],
                                new ExperimentOptions
                                {
                                    MaxParallelism = parallelism,
                                    Progress = new Callback(n => report(done, (done * replications) + n)),
                                },
                                cancel.Token).Replications;
                            checkpoint.Save(v, fingerprints[v], runs);
                        }

                        if (v == 0)
                        {
                            CheckMeasures(experiment, runs);
                        }

                        results[v] = runs;
                        csv.Write(table.Add(v, variants[v].Values, runs));
                        csv.Flush();
                        report(v + 1, (v + 1) * replications);
                    }
                });
            }

            clock.Stop();
            var files = new List<string>();
            var sweepCsv = Path.Combine(directory, "sweep.csv");
            File.Move(partial, sweepCsv, overwrite: true);
            files.Add(sweepCsv);
            var parquet = Path.Combine(directory, "sweep.parquet");
            SweepParquet.Write(parquet, table);
            files.Add(parquet);
            var variantsCsv = Path.Combine(directory, "variants.csv");
            AtomicFile.WriteAllText(variantsCsv, RenderVariants(experiment, variants));
            files.Add(variantsCsv);
            IReadOnlyList<ReportChart> charts = [];
            if (experiment.Design == DesignType.OneAtATime)
            {
                var bars = TornadoCsv.Bars(
                    [.. experiment.Factors.Select(f => f.Column)],
                    results[0],
                    [.. experiment.Factors.Select((_, f) => (results[1 + (2 * f)], results[2 + (2 * f)]))],
                    name => experiment.Measures.Count == 0 || experiment.Measures.Any(m => SweepTable.Matches(m, name)));
                var tornado = Path.Combine(directory, "tornado.csv");
                AtomicFile.WriteAllText(tornado, TornadoCsv.Render(bars));
                files.Add(tornado);
                PrintTornado(bars);
                charts = SweepReport.TornadoCharts(bars);
            }

            var keep = (Func<string, bool>)(name => experiment.Measures.Count == 0 || experiment.Measures.Any(m => SweepTable.Matches(m, name)));
            var html = SweepReport.Render(
                experiment.Name,
                scenarios[0],
                experiment.ScenarioPath,
                [.. experiment.Factors.Select(f => f.Column)],
                [.. variants.Select(v => (IReadOnlyList<string?>)[.. v.Values])],
                results,
                keep,
                charts);
            files.AddRange(ReportFiles.Write(directory, html, charts));

            checkpoint.Clear();
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{variants.Count} variant(s) × {replications} replication(s) in {clock.Elapsed.TotalSeconds:0.0} s. Written:")));
            foreach (var file in files)
            {
                AnsiConsole.MarkupLine("  " + Markup.Escape(file));
            }

            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            var saved = variants.Count(v => checkpoint.TryLoad(v.Index, fingerprints[v.Index], replications) is not null);
            AnsiConsole.MarkupLine(Markup.Escape($"Interrupted: {saved} of {variants.Count} variant(s) are saved; run the same command again to resume."));
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>Loads and checks every variant before anything runs; any invalid one is a bad-input error naming the variant and factor.</summary>
    private static List<Scenario> LoadVariants(string path, Experiment experiment, IReadOnlyList<ExperimentVariant> variants, string[] sets)
    {
        var scenarios = new List<Scenario>(variants.Count);
        var errors = new List<string>();
        foreach (var variant in variants)
        {
            var loaded = ScenarioLoader.LoadFile(experiment.ScenarioPath, [.. sets, .. variant.Overrides(experiment)]);
            if (!loaded.IsValid)
            {
                var setFactors = experiment.Factors.Where((_, f) => variant.Values[f] is not null).ToList();
                foreach (var problem in loaded.Problems)
                {
                    var factor = problem.File == ScenarioLoader.OverridesFile && problem.Line > sets.Length && problem.Line - sets.Length - 1 < setFactors.Count
                        ? $"factor {setFactors[problem.Line - sets.Length - 1].Path}: "
                        : "";
                    var where = factor.Length > 0 ? (problem.KeyPath.Length == 0 ? problem.Message : $"{problem.KeyPath}: {problem.Message}") : problem.ToString();
                    errors.Add($"variant {variant.Index} ({variant.Describe(experiment)}): {factor}{where}");
                }

                scenarios.Add(null!);
                continue;
            }

            var scenario = loaded.Scenario!;
            scenario = scenario with
            {
                Run = scenario.Run with
                {
                    Replications = experiment.Replications ?? scenario.Run.Replications,
                    Seed = experiment.Seed ?? scenario.Run.Seed,
                },
            };
            scenarios.Add(scenario);
        }

        if (errors.Count > 0)
        {
            var shown = errors.Take(MaxShownProblems).Select(e => "  " + e);
            var more = errors.Count > MaxShownProblems ? $"{Environment.NewLine}  … and {errors.Count - MaxShownProblems} more" : "";
            throw new BadInputException($"{path}: {errors.Count} problem(s) in the experiment's variants:{Environment.NewLine}{string.Join(Environment.NewLine, shown)}{more}");
        }

        var rubricProblems = ScenarioInput.RubricProblems(scenarios[0]);
        if (rubricProblems.Count > 0)
        {
            throw new BadInputException($"{experiment.ScenarioPath}: {rubricProblems.Count} problem(s) in the grading rubric:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", rubricProblems)}");
        }

        return scenarios;
    }

    /// <summary>A measure the experiment names that the first variant did not produce is a misspelling: stop before the rest run.</summary>
    private static void CheckMeasures(Experiment experiment, IReadOnlyList<ReplicationResult> runs)
    {
        var names = runs.SelectMany(r => r.Measures.Keys).Distinct().ToList();
        var unknown = experiment.Measures.Where(m => !names.Any(n => SweepTable.Matches(m, n))).ToList();
        if (unknown.Count > 0)
        {
            var described = unknown.Select(m => Suggestions.Closest(m, names) is { } s ? $"'{m}' (did you mean '{s}'?)" : $"'{m}'");
            throw new BadInputException($"{experiment.SourcePath}: measures: no measure matches {string.Join(", ", described)}; the first variant is saved and is reused when you run again.");
        }
    }

    /// <summary>What determines a variant's results: the scenario files, rubric, overrides and seed (via <see cref="ScenarioInput.Fingerprint"/>) and the replication count.</summary>
    private static string Fingerprint(Experiment experiment, Scenario scenario, IReadOnlyList<string> overrides)
    {
        var scenarioFingerprint = ScenarioInput.Fingerprint(experiment.ScenarioPath, scenario, overrides);
        var bytes = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{scenarioFingerprint}|replications={scenario.Run.Replications}"));
        return Convert.ToHexString(SHA256.HashData(bytes));
    }

    private static string RenderVariants(Experiment experiment, IReadOnlyList<ExperimentVariant> variants)
    {
        var text = new StringBuilder("variant" + string.Concat(experiment.Factors.Select(f => "," + SweepTable.Escape(f.Column))) + "\n");
        foreach (var variant in variants)
        {
            text.Append(variant.Index.ToString(CultureInfo.InvariantCulture))
                .Append(string.Concat(variant.Values.Select(v => "," + SweepTable.Escape(v ?? "")))).Append('\n');
        }

        return text.ToString();
    }

    private static void PrintTornado(IReadOnlyList<TornadoBar> bars)
    {
        var table = new Table().AddColumns("factor", "measure", "low", "high", "base", "swing");
        foreach (var bar in bars.Take(15))
        {
            table.AddRow(Markup.Escape(bar.Factor), Markup.Escape(bar.Measure), Show(bar.Low), Show(bar.High), Show(bar.Base), Show(bar.Swing));
        }

        AnsiConsole.Write(table);
        static string Show(double? value) => value is { } v ? v.ToString("G4", CultureInfo.InvariantCulture) : "–";
    }

    private static string DesignName(DesignType design) => design switch
    {
        DesignType.Factorial => "factorial",
        DesignType.LatinHypercube => "Latin hypercube",
        _ => "one at a time",
    };

    private sealed class Callback(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
