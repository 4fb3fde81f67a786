using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// Saves a calibration as it goes, in OUT/.calibration-checkpoints: each finished proposal's statistics (one JSON line
/// appended per simulation, so an interruption loses at most the simulations running) and each finished generation.
/// Everything is tied to the calibration's fingerprint (scenario, targets, assumptions, settings, engine build); a
/// folder saved under another fingerprint is cleared. Numbers are written round-trip exact, so a resumed calibration
/// writes the same bytes as an uninterrupted one.
/// </summary>
public sealed class CalibrationCheckpoint
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
    private readonly Lock _append = new();
    private readonly Dictionary<(int, int), SavedEvaluation> _evaluations = [];

    public CalibrationCheckpoint(string directory, string fingerprint)
    {
        Directory = directory;
        var plan = Path.Combine(directory, "fingerprint.txt");
        if (!File.Exists(plan) || File.ReadAllText(plan) != fingerprint)
        {
            Clear();
        }

        System.IO.Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(plan, fingerprint);
        foreach (var file in System.IO.Directory.GetFiles(directory, "evaluations-*.jsonl"))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                if (Parse(line) is { } saved)
                {
                    _evaluations[(saved.Generation, saved.Proposal)] = saved;
                }
            }
        }
    }

    public string Directory { get; }

    /// <summary>Simulations saved by earlier runs of the same calibration.</summary>
    public int SavedEvaluations => _evaluations.Count;

    /// <summary>The statistics saved for a proposal, when its values are exactly these.</summary>
    public double[]? TryEvaluation(Evaluation proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        lock (_append)
        {
            return _evaluations.TryGetValue((proposal.Generation, proposal.Proposal), out var saved) && saved.Values.SequenceEqual(proposal.Values) ? saved.Statistics : null;
        }
    }

    public void Record(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var saved = new SavedEvaluation(evaluation.Generation, evaluation.Proposal, evaluation.Values, evaluation.Statistics);
        var line = JsonSerializer.Serialize(saved, Json) + "\n";
        lock (_append)
        {
            File.AppendAllText(Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"evaluations-{evaluation.Generation:D3}.jsonl")), line);
            _evaluations[(saved.Generation, saved.Proposal)] = saved;
        }
    }

    public Population? TryPopulation(int generation)
    {
        var path = PopulationPath(generation);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Population>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return null; // a damaged generation is simply recomputed from its saved simulations
        }
    }

    public void Save(Population population)
    {
        ArgumentNullException.ThrowIfNull(population);
        AtomicFile.WriteAllText(PopulationPath(population.Generation), JsonSerializer.Serialize(population, Json));
    }

    public void Clear()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        _evaluations.Clear();
    }

    private string PopulationPath(int generation) => Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"population-{generation:D3}.json"));

    private static SavedEvaluation? Parse(string line)
    {
        try
        {
            return line.Length == 0 ? null : JsonSerializer.Deserialize<SavedEvaluation>(line, Json);
        }
        catch (JsonException)
        {
            return null; // the line being written when the run stopped
        }
    }

    private sealed record SavedEvaluation(int Generation, int Proposal, double[] Values, double[] Statistics);
}
