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
}
