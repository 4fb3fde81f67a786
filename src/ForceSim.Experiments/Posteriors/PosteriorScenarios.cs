using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Posteriors;

/// <summary>
/// The posterior a request names (<c>--posterior FILE</c>), checked against its base scenario, and the scenario each
/// replication runs. A draw is applied as <c>--set PATH=VALUE</c> options after the scenario's own <c>extends</c>, overlays
/// and the request's options, so it replaces the scenario's assumed values; but a key path the request itself changes
/// from the base scenario (a what-if overlay, a <c>--set</c>, a sweep factor) keeps the request's value, because that is
/// the question being asked.
/// </summary>
public sealed class PosteriorScenarios
{
    private readonly IReadOnlyList<string?> _baseValues;
    private readonly LoadOptions _options;

    private PosteriorScenarios(string path, Posterior posterior, IReadOnlyList<string?> baseValues, LoadOptions options)
    {
        Path = path;
        Posterior = posterior;
        _baseValues = baseValues;
        _options = options;
    }

    public string Path { get; }

    public Posterior Posterior { get; }

    /// <summary>
    /// <paramref name="fingerprint"/> with the posterior file's bytes added: saved replications of a run without this
    /// posterior (or with another) are never reused for it.
    /// </summary>
    public Fingerprint Stamp(Fingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var file = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path)));
        return new Fingerprint(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{fingerprint.Value}|posterior={file}"))));
    }

    /// <summary>Reads the posterior at <paramref name="path"/> (null: none asked for) and checks that the base scenario sets every parameter to a number.</summary>
    /// <exception cref="InvalidRequestException">The file is not a valid posterior, or names a key path the scenario does not set.</exception>
    public static PosteriorScenarios? Prepare(string? path, string baseFile, LoadOptions options)
    {
        if (path is null)
        {
            return null;
        }

        var posterior = PosteriorFile.Read(path);
        var values = ScenarioKeyValues.Read(baseFile, posterior.Parameters, null, options);
        for (var i = 0; i < values.Count; i++)
        {
            var key = posterior.Parameters[i];
            if (values[i] is not { } text)
            {
                throw new InvalidRequestException($"{path}:2: {key}: the scenario {baseFile} does not set this key path; a posterior parameter must be a value the scenario sets, named as --set takes it.");
            }

            if (!double.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                throw new InvalidRequestException($"{path}:2: {key}: the scenario {baseFile} sets it to '{text}', not a number.");
            }
        }

        return new PosteriorScenarios(path, posterior, values, options);
    }

    /// <summary>
    /// The scenario each replication of <paramref name="loaded"/> runs: <paramref name="file"/> with <paramref name="overrides"/>
    /// and its replication's draw, keeping the loaded scenario's seed and replications. Every draw is loaded and checked here,
    /// before anything runs.
    /// </summary>
    public PosteriorModels ScenariosFor(string file, IReadOnlyList<string> overrides, Scenario loaded)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(loaded);
        var current = ScenarioKeyValues.Read(file, Posterior.Parameters, overrides, _options);
        var applied = Enumerable.Range(0, current.Count).Where(i => Same(current[i], _baseValues[i])).ToList();
        var draws = PosteriorDraws.ForReplications(Posterior, loaded.Run.Seed, loaded.Run.Replications);
        var scenarios = new SortedDictionary<int, Scenario>();
        foreach (var draw in draws.Distinct().Order())
        {
            var values = Posterior.Draws[draw].Values;
            var set = applied.Select(i => $"{Posterior.Parameters[i]}={Value(values[i])}");
            var result = ScenarioLoader.LoadFile(file, [.. overrides, .. set], _options);
            if (!result.IsValid)
            {
                var problems = string.Join(Environment.NewLine, result.Problems.Select(p => "  " + p));
                throw new InvalidRequestException($"{Path}:{draw + 3}: draw {draw} does not give a valid scenario when applied to {file}:{Environment.NewLine}{problems}");
            }

            var scenario = result.Scenario!;
            scenarios[draw] = scenario with { Run = scenario.Run with { Replications = loaded.Run.Replications, Seed = loaded.Run.Seed } };
        }

        var kept = Enumerable.Range(0, current.Count).Except(applied).Select(i => Posterior.Parameters[i]).ToList();
        return new PosteriorModels(this, draws, kept, scenarios);
    }

    /// <summary>
    /// A value as <c>--set</c> takes it. A negative number gets an explicit YAML tag, since <c>--set PATH=-3</c> would mean
    /// "3 less than the value there" rather than −3.
    /// </summary>
    private static string Value(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return value < 0 ? "!!float " + text : text;
    }

    /// <summary>Whether the request leaves a parameter at the base scenario's value (same text, or the same number written another way).</summary>
    private static bool Same(string? value, string? baseValue) =>
        value == baseValue
        || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(baseValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            && a.Equals(b));
}
