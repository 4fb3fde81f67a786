using ForceSim.Engine.Compilation;
using ForceSim.Engine.Grading;
using ForceSim.Model.Experiments;
using ForceSim.Model.Loading;
using ForceSim.Testing.Fuzzing;

namespace ForceSim.Model.Tests.Loading;

/// <summary>
/// Reads a generated input the way the commands do before any simulation, and checks the one promise the loaders make:
/// the input is accepted (and then compiles to sound numbers), or every problem names its file, a line and a key path.
/// Anything thrown fails the property.
/// </summary>
internal static class LoadedInput
{
    /// <summary>Messages about a document as a whole, which concern no key and so have an empty key path.</summary>
    private static readonly string[] DocumentMessages =
    [
        "invalid YAML", "the file holds no YAML document", "a scenario file must hold a single YAML document", "missing required key",
        "keys must be plain names", "unknown key ''", "duplicate key ''", "must be a mapping", "a scenario must be a mapping",
    ];

    /// <summary>How many variants of a valid experiment are loaded with their overrides (enough to try every factor's low and high).</summary>
    private const int VariantsTried = 3;

    public static void Check(FuzzCase input)
    {
        ArgumentNullException.ThrowIfNull(input);
        switch (input.Kind)
        {
            case InputKind.Scenario:
                CheckScenario(input);
                break;
            case InputKind.Rubric:
                var rubric = RubricLoader.LoadText(input.Text, input.FileName);
                AssertLocated(rubric.Problems, rubric.Rubric is not null, [input.FileName]);
                if (rubric.Rubric is { } loaded)
                {
                    _ = RubricCheck.Problems(loaded);
                }

                break;
            case InputKind.Assumptions:
                CheckAssumptions(input);
                break;
            case InputKind.Experiment:
                CheckExperiment(input);
                break;
            case InputKind.Targets:
                var targets = TargetsLoader.LoadText(input.Text, input.FileName);
                AssertLocated(targets.Problems, targets.Targets is not null, [input.FileName]);
                break;
        }
    }

    /// <summary>A shipped scenario with <c>--set</c> options, as every command that takes a scenario reads it.</summary>
    public static void CheckOverrides(OverrideCase input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = ScenarioLoader.LoadFile(input.Scenario.FullPath, input.Options);
        AssertLocated(loaded.Problems, loaded.IsValid, [input.Scenario.FullPath, ScenarioLoader.OverridesFile, .. loaded.SourceFiles]);
        CheckCompiled(loaded);
    }

    private static void CheckScenario(FuzzCase input)
    {
        var loaded = ScenarioLoader.LoadText(input.Text, input.FileName);
        AssertLocated(loaded.Problems, loaded.IsValid, [input.FileName, .. loaded.SourceFiles]);
        CheckCompiled(loaded);
    }

    private static void CheckCompiled(ScenarioLoadResult loaded)
    {
        if (loaded.Scenario is { } scenario)
        {
            var compiled = new CompiledScenario(scenario);
            _ = RubricCheck.Problems(compiled.Rubric);
            var unsound = CompiledNumbers.Problems(compiled);
            Assert.True(unsound.Count == 0, $"the scenario passed validation but compiles to unsound numbers: {string.Join("; ", unsound.Take(5))}");
        }
    }

    /// <summary>Checked against the shipped baseline, as <c>sensitivity</c> does, so every declared path must name a number in it.</summary>
    private static void CheckAssumptions(FuzzCase input)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, Path.GetFileName(input.FileName));
        File.WriteAllBytes(path, input.Bytes);
        var loaded = AssumptionsLoader.LoadForScenario(path, RepositoryPaths.Scenario("cambridgeshire-2022.yaml"));
        AssertLocated(loaded.Problems, loaded.IsValid, [path]);
    }

    /// <summary>A valid experiment's first variants are loaded with their overrides, as <c>sweep</c> does before running any.</summary>
    private static void CheckExperiment(FuzzCase input)
    {
        var loaded = ExperimentLoader.LoadText(input.Text, input.FileName);
        AssertLocated(loaded.Problems, loaded.Experiment is not null, [input.FileName]);
        if (loaded.Experiment is not { } experiment)
        {
            return;
        }

        foreach (var variant in ExperimentDesign.Variants(experiment).Take(VariantsTried))
        {
            var scenario = ScenarioLoader.LoadFile(experiment.ScenarioPath, variant.Overrides(experiment));
            AssertLocated(scenario.Problems, scenario.IsValid, [experiment.ScenarioPath, ScenarioLoader.OverridesFile, .. scenario.SourceFiles]);
        }
    }

    /// <summary>An option with no usable key path is quoted whole instead.</summary>
    private static bool IsMalformedOption(ScenarioProblem problem) =>
        problem.File == ScenarioLoader.OverridesFile && problem.Message.StartsWith('\'');

    /// <summary>Valid with no problems, or invalid with at least one; each in a file read, on a line, at a key path.</summary>
    private static void AssertLocated(IReadOnlyList<ScenarioProblem> problems, bool valid, IReadOnlyList<string> files)
    {
        Assert.True(valid == (problems.Count == 0), $"valid is {valid} but there are {problems.Count} problem(s)");
        foreach (var problem in problems)
        {
            var where = problem.ToString();
            Assert.True(files.Contains(problem.File) || File.Exists(problem.File), $"the problem names a file that was not read: {where}");
            Assert.True(problem.Line >= 1, $"the problem has no line: {where}");
            Assert.False(string.IsNullOrWhiteSpace(problem.Message), $"the problem has no message: {where}");
            Assert.True(
                problem.KeyPath.Length > 0 || DocumentMessages.Any(m => problem.Message.StartsWith(m, StringComparison.Ordinal)) || IsMalformedOption(problem),
                $"the problem names no key path: {where}");
        }
    }
}
