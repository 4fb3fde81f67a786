using System.Collections.Concurrent;
using ForceSim.Engine.Running;
using ForceSim.Model.Loading;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// Simulates proposals on this machine, <paramref name="parallelism"/> at a time: the scenario with the fitted parameters
/// set to each proposal's values, its replications run from the same seed as every other proposal (common random
/// numbers), reduced to each target's statistic and saved. A proposal an earlier run saved is not simulated again.
/// </summary>
internal sealed class ParticleSimulator(CalibrationPlan plan, CalibrationCheckpoint checkpoint, LoadOptions options, int parallelism) : IProposalSimulator
{
    public async Task<IReadOnlyList<double[]>> SimulateAsync(IReadOnlyList<Evaluation> proposals, Action finished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(finished);
        var results = new ConcurrentDictionary<int, double[]>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(proposals, parallel, async (proposal, token) =>
        {
            results[proposal.Proposal] = await SimulateAsync(proposal, token).ConfigureAwait(false);
            finished();
        }).ConfigureAwait(false);
        return [.. proposals.Select(p => results[p.Proposal])];
    }

    private async Task<double[]> SimulateAsync(Evaluation proposal, CancellationToken cancellationToken)
    {
        if (checkpoint.TryEvaluation(proposal) is { } saved)
        {
            return saved;
        }

        var scenario = plan.ScenarioFor(proposal, options);
        // One replication at a time per proposal: the proposals themselves run in parallel.
        var result = await ExperimentRunner.RunAsync(scenario, new ExperimentOptions { MaxParallelism = 1 }, cancellationToken).ConfigureAwait(false);
        var statistics = plan.StatisticsOf(result);
        checkpoint.Record(proposal with { Statistics = statistics });
        return statistics;
    }
}
