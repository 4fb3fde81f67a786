namespace ForceSim.Experiments.Calibration;

/// <summary>
/// The one step of a calibration that depends on where it runs: simulating a batch of proposals and reducing each to its
/// targets' statistics. <see cref="AbcSmc"/> does everything else in the client, so a calibration on this machine
/// (<see cref="ParticleSimulator"/>) and one on a cluster give the same posterior as long as each returns the same
/// statistics for the same proposal.
/// </summary>
public interface IProposalSimulator
{
    /// <summary>Each proposal's statistics, in the order given; <paramref name="finished"/> is called once per proposal as it completes (for progress).</summary>
    Task<IReadOnlyList<double[]>> SimulateAsync(IReadOnlyList<Evaluation> proposals, Action finished, CancellationToken cancellationToken);
}
