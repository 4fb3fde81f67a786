namespace ForceSim.Grains.Experiments;

/// <summary>
/// The notice board of unfinished experiments (one per cluster, key 0): idle worker slots read it to find work.
/// Kept in grain storage, so work posted before a silo died is still found after.
/// </summary>
public interface IExperimentBoardGrain : IGrainWithIntegerKey
{
    Task Post(string experiment);

    Task Remove(string experiment);

    [AlwaysInterleave]
    Task<IReadOnlyList<string>> Open();
}
