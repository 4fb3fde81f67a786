using ForceSim.Engine.Running;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// One finished replication's result in grain storage, keyed "experiment/replication": each is saved once, as it
/// finishes, and clients fetch them one by one so no single message carries a whole experiment.
/// </summary>
public interface IReplicationRecordGrain : IGrainWithStringKey
{
    Task Save(ReplicationResult result);

    /// <summary>The saved result, or null if none was saved.</summary>
    Task<ReplicationResult?> Result();

    public static string Key(string experiment, int replication) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{experiment}/{replication}");
}
