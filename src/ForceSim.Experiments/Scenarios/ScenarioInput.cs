using ForceSim.Engine.Compilation;
using ForceSim.Engine.Grading;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Scenarios;

/// <summary>Loads and checks the scenario a request names, applying its overrides; anything wrong is an <see cref="InvalidRequestException"/>.</summary>
public static class ScenarioInput
{
    /// <param name="path">The scenario file, which may extend others.</param>
    /// <param name="replications">Overrides <c>run.replications</c> (<c>-r</c>), after <paramref name="overrides"/>.</param>
    /// <param name="seed">Overrides <c>run.seed</c> (<c>-s</c>), after <paramref name="overrides"/>.</param>
    /// <param name="overrides"><c>--set PATH=VALUE</c> options, applied in order before the scenario is checked.</param>
    /// <param name="options">What the request allows beyond the default limits, such as files outside the scenario's tree.</param>
    public static Scenario Load(string path, int? replications = null, long? seed = null, IReadOnlyList<string>? overrides = null, LoadOptions? options = null)
    {
        var loaded = ScenarioLoader.LoadFile(path, overrides, options);
        if (!loaded.IsValid)
        {
            var problems = string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p));
            throw new InvalidRequestException($"{path}: {loaded.Problems.Count} problem(s) in the scenario:{Environment.NewLine}{problems}");
        }

        var scenario = loaded.Scenario!;
        CheckRubric(path, scenario);
        if (replications is { } r)
        {
            if (r is < 1 or > 10000)
            {
                throw new InvalidRequestException($"--replications must be from 1 to 10000 (got {r}).");
            }

            scenario = scenario with { Run = scenario.Run with { Replications = r } };
        }

        if (seed is { } s)
        {
            if (s < 0)
            {
                throw new InvalidRequestException($"--seed must be 0 or more (got {s}).");
            }

            scenario = scenario with { Run = scenario.Run with { Seed = s } };
        }

        return scenario;
    }

    /// <summary>Measures a rubric names that the engine does not produce (the default rubric is always checked too).</summary>
    public static IReadOnlyList<string> RubricProblems(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return RubricCheck.Problems(new CompiledScenario(scenario).Rubric);
    }

    /// <summary>Refuses a scenario whose grading rubric names measures the engine does not produce, naming <paramref name="path"/>.</summary>
    public static void CheckRubric(string path, Scenario scenario)
    {
        var problems = RubricProblems(scenario);
        if (problems.Count > 0)
        {
            throw new InvalidRequestException($"{path}: {problems.Count} problem(s) in the grading rubric:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }
    }

    /// <summary>The loader options a request's <c>--allow-outside-references</c> asks for.</summary>
    public static LoadOptions Options(bool allowOutsideReferences) =>
        allowOutsideReferences ? new LoadOptions { AllowOutsideReferences = true } : LoadOptions.Default;

    /// <summary>The number of parallel replications a request asks for (default: one per core).</summary>
    public static int Parallelism(int? requested)
    {
        var parallelism = requested ?? Environment.ProcessorCount;
        return parallelism >= 1 ? parallelism : throw new InvalidRequestException($"--parallel must be 1 or more (got {parallelism}).");
    }
}
