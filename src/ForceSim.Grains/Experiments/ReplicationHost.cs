namespace ForceSim.Grains.Experiments;

/// <summary>How a worker slot runs each replication of an experiment. Results never depend on it.</summary>
public enum ReplicationHost
{
    /// <summary>The engine's in-process host inside the slot: fastest.</summary>
    InProcess = 0,

    /// <summary>The grain host: one grain per LP, spread over the cluster's silos, driven by a run coordinator grain.</summary>
    Grains = 1,
}
