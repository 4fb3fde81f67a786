using System.Security.Cryptography;
using System.Text;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Cli;

/// <summary>Loads and validates a scenario file for a command, applying command-line overrides.</summary>
public static class ScenarioInput
{
    public static Scenario Load(string path, int? replications = null, long? seed = null)
    {
        var loaded = ScenarioLoader.LoadFile(path);
        if (!loaded.IsValid)
        {
            var problems = string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p));
            throw new BadInputException($"{path}: {loaded.Problems.Count} problem(s) in the scenario:{Environment.NewLine}{problems}");
        }

        var scenario = loaded.Scenario!;
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

    /// <summary>Identifies what a checkpoint belongs to: the scenario file's bytes and the seed.</summary>
    public static string Fingerprint(string path, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // The engine's module id changes whenever its code does (builds are deterministic), so a checkpoint
        // saved by a different engine is never mistaken for this one's.
        var engine = typeof(ForceSim.Engine.Running.ExperimentRunner).Assembly.ManifestModule.ModuleVersionId;
        var bytes = File.ReadAllBytes(path).Concat(Encoding.UTF8.GetBytes($"|seed={scenario.Run.Seed}|engine={engine}")).ToArray();
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}
