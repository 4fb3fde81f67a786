using Orleans.Concurrency;

namespace ForceSim.Grains.Runs;

/// <summary>
/// The coordinator of one run (one replication of one scenario), keyed by run id. A run takes seconds to
/// minutes, longer than any call should wait, so <see cref="Start"/> returns at once and callers poll
/// <see cref="Progress"/>; the run's LP grains stay queryable during and after it.
/// </summary>
public interface IRunGrain : IGrainWithGuidKey
{
    Task Start(RunSpec spec);

    [AlwaysInterleave]
    Task<RunSpec> Spec();

    [AlwaysInterleave]
    Task<RunProgress> Progress();

    /// <summary>The finished run's output; fails if the run has not finished.</summary>
    [AlwaysInterleave]
    Task<RunOutput> Output();

    [AlwaysInterleave]
    Task Cancel();

    /// <summary>
    /// The state a victim of this run handed over when it was sent to rest (null if it is in memory or was never met);
    /// a victim asked about while resting fetches it here.
    /// </summary>
    [AlwaysInterleave]
    Task<Immutable<byte[]?>> RestedVictim(long victim);

    /// <summary>
    /// The owner is done with the run: stop it if it is still going, send its grains out of memory and drop what its
    /// resting victims handed over. Its entities cannot be asked about afterwards.
    /// </summary>
    Task Release();
}
