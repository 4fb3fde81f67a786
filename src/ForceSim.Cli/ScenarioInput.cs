using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Cli;

/// <summary>Loads and validates a scenario file for a command, applying command-line overrides.</summary>
public static class ScenarioInput
{
    /// <summary>The repeatable <c>--set PATH=VALUE</c> option of <c>run</c> and <c>validate</c>.</summary>
    public static Option<string[]> CreateSetOption() => new("--set")
    {
        Description = "Override a scenario value, e.g. --set forces[0].investigation.supervisors=20; "
            + "+N, -N or *N changes the number already there. Repeatable; applied in order, after extends.",
        HelpName = "PATH=VALUE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <param name="path">The scenario file, which may extend others.</param>
    /// <param name="replications">Overrides <c>run.replications</c> (<c>-r</c>), after <paramref name="overrides"/>.</param>
    /// <param name="seed">Overrides <c>run.seed</c> (<c>-s</c>), after <paramref name="overrides"/>.</param>
    /// <param name="overrides"><c>--set PATH=VALUE</c> options, applied in order before the scenario is checked.</param>
    public static Scenario Load(string path, int? replications = null, long? seed = null, IReadOnlyList<string>? overrides = null)
    {
        var loaded = ScenarioLoader.LoadFile(path, overrides);
        if (!loaded.IsValid)
        {
            var problems = string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p));
            throw new BadInputException($"{path}: {loaded.Problems.Count} problem(s) in the scenario:{Environment.NewLine}{problems}");
        }

        var scenario = loaded.Scenario!;
        var rubricProblems = RubricProblems(scenario);
        if (rubricProblems.Count > 0)
        {
            throw new BadInputException($"{path}: {rubricProblems.Count} problem(s) in the grading rubric:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", rubricProblems)}");
        }

        if (replications is { } r)
        {
            if (r is < 1 or > 10000)
            {
                throw new BadInputException($"--replications must be from 1 to 10000 (got {r}).");
            }

            scenario = scenario with { Run = scenario.Run with { Replications = r } };
        }

        if (seed is { } s)
        {
            if (s < 0)
            {
                throw new BadInputException($"--seed must be 0 or more (got {s}).");
            }

            scenario = scenario with { Run = scenario.Run with { Seed = s } };
        }

        return scenario;
    }

    /// <summary>Measures a rubric names that the engine does not produce (the default rubric is always checked too).</summary>
    public static IReadOnlyList<string> RubricProblems(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ForceSim.Engine.Grading.RubricCheck.Problems(new ForceSim.Engine.Compilation.CompiledScenario(scenario).Rubric);
    }

    /// <summary>
    /// Identifies what a checkpoint belongs to: the bytes of the scenario file and of every file it extends,
    /// the <c>--set</c> options, the seed and the engine build.
    /// </summary>
    public static string Fingerprint(string path, Scenario scenario, IReadOnlyList<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // The engine's module id changes whenever its code does (builds are deterministic), so a checkpoint
        // saved by a different engine is never mistaken for this one's.
        var engine = typeof(ForceSim.Engine.Running.ExperimentRunner).Assembly.ManifestModule.ModuleVersionId;
        // The loader is asked again which files the scenario is made from (the extends chain): one more parse, no more API.
        var files = ScenarioLoader.LoadFile(path, overrides).SourceFiles;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Count > 0 ? files : [path])
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(Encoding.UTF8.GetBytes($"|file={bytes.Length}|"));
            hash.AppendData(bytes);
        }

        // The rubric grades every replication, so a changed rubric file must not reuse old grades.
        if (scenario.Rubric is { SourcePath: var rubricFile } && File.Exists(rubricFile))
        {
            var bytes = File.ReadAllBytes(rubricFile);
            hash.AppendData(Encoding.UTF8.GetBytes($"|rubric={bytes.Length}|"));
            hash.AppendData(bytes);
        }

        foreach (var option in overrides ?? [])
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"|set={option.Length}|{option}"));
        }

        hash.AppendData(Encoding.UTF8.GetBytes($"|seed={scenario.Run.Seed}|engine={engine}"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
