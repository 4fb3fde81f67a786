using ForceSim.Engine.Running;
using ForceSim.Model.Loading;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// Simulates one proposal: the scenario with the fitted parameters set to the proposal's values, its replications run
/// from the same seed as every other proposal (common random numbers), reduced to each target's statistic and saved.
/// A proposal an earlier run saved is not simulated again.
/// </summary>
internal sealed class ParticleSimulator(CalibrationPlan plan, CalibrationCheckpoint checkpoint, LoadOptions options)
{
    private int _simulated;

    /// <summary>Simulations run by this process (not reused from a checkpoint).</summary>
    public int Simulated => _simulated;

    public async Task<double[]> SimulateAsync(Evaluation proposal, CancellationToken cancellationToken)
    {
        if (checkpoint.TryEvaluation(proposal) is { } saved)
        {
            return saved;
        }

        var loaded = ScenarioLoader.LoadFile(plan.ScenarioPath, plan.OverridesFor(proposal.Values), options);
        if (!loaded.IsValid)
        {
            throw new InvalidRequestException($"{plan.ScenarioPath}: the scenario refuses proposal {proposal.Proposal} of generation {proposal.Generation}:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p))}");
        }

        // One replication at a time per proposal: the proposals themselves run in parallel.
        var result = await ExperimentRunner.RunAsync(loaded.Scenario!, new ExperimentOptions { MaxParallelism = 1 }, cancellationToken).ConfigureAwait(false);
        var statistics = TargetStatistics.Of(plan.Targets.Targets, [.. result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures)]);
        checkpoint.Record(proposal with { Statistics = statistics });
        Interlocked.Increment(ref _simulated);
        return statistics;
    }
}
