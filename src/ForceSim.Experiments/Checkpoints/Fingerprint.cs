using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ForceSim.Engine.Running;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Checkpoints;

/// <summary>
/// What results depend on, as a SHA-256 in hex. Saved replications, saved sweep variants and experiments on a cluster
/// carry one, and are reused only by a request with the same fingerprint: an edited file, another seed or another
/// engine build never picks up old results.
/// </summary>
public sealed record Fingerprint(string Value)
{
    private static readonly LoadOptions OutsideAllowed = new() { AllowOutsideReferences = true };

    /// <summary>
    /// What one replication of a scenario depends on: the bytes of the scenario file and of every file it extends, the
    /// rubric file, the <c>--set</c> options, the seed and the engine build (not the number of replications).
    /// </summary>
    public static Fingerprint OfScenario(string path, Scenario scenario, IReadOnlyList<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // The engine's module id changes whenever its code does (builds are deterministic), so results saved by a
        // different engine are never mistaken for this one's.
        var engine = typeof(ExperimentRunner).Assembly.ManifestModule.ModuleVersionId;
        // The loader is asked again which files the scenario is made from (the extends chain): one more parse, no more API.
        // The scenario was already accepted under the request's rules, so files outside its tree are followed here too.
        var files = ScenarioLoader.LoadFile(path, overrides, OutsideAllowed).SourceFiles;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Count > 0 ? files : [path])
        {
            Append(hash, "file", File.ReadAllBytes(file));
        }

        // The rubric grades every replication, so a changed rubric file must not reuse old grades.
        if (scenario.Rubric is { SourcePath: var rubricFile } && File.Exists(rubricFile))
        {
            Append(hash, "rubric", File.ReadAllBytes(rubricFile));
        }

        foreach (var option in overrides ?? [])
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"|set={option.Length}|{option}"));
        }

        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"|seed={scenario.Run.Seed}|engine={engine}")));
        return new Fingerprint(Convert.ToHexString(hash.GetHashAndReset()));
    }

    /// <summary>What a whole batch depends on (a sweep variant, an experiment on a cluster): this and the number of replications.</summary>
    public Fingerprint ForReplications(int replications) =>
        new(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Value}|replications={replications}")))));

    /// <summary>
    /// What a request of several parts depends on (a comparison's scenarios, a budget search's scenario and options):
    /// its kind and every part, in order, each length-prefixed so no two lists hash alike.
    /// </summary>
    public static Fingerprint Of(string kind, IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(parts);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "kind", Encoding.UTF8.GetBytes(kind));
        foreach (var part in parts)
        {
            Append(hash, "part", Encoding.UTF8.GetBytes(part));
        }

        return new Fingerprint(Convert.ToHexString(hash.GetHashAndReset()));
    }

    /// <summary>The first 12 hex digits in lower case: enough to tell batches apart inside an experiment id.</summary>
    public string Prefix => Value[..Math.Min(12, Value.Length)].ToLowerInvariant();

    public override string ToString() => Value;

    private static void Append(IncrementalHash hash, string label, byte[] bytes)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"|{label}={bytes.Length}|")));
        hash.AppendData(bytes);
    }
}
