using ForceSim.Engine.Running;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// One experiment (keyed by its id): the replications of a scenario, handed one at a time to the worker slots of every
/// silo. Every call is short: clients submit and then poll; workers lease a replication, run it outside any grain
/// call and report back. Progress rests in grain storage, so the experiment carries on wherever it is re-activated.
/// </summary>
public interface IExperimentGrain : IGrainWithStringKey
{
    /// <summary>Starts the experiment, or re-attaches if the same one was submitted before; a different one under the same id is refused.</summary>
    Task<ExperimentStatus> Submit(ExperimentSpec spec);

    Task<ExperimentStatus> Status();

    /// <summary>The experiment's scenario, for workers to compile once per silo.</summary>
    Task<ExperimentSpec> Spec();

    /// <summary>The next replication nobody is running, leased to <paramref name="silo"/>; null when there is none.</summary>
    Task<int?> Lease(string silo);

    /// <summary>Records a finished replication (saved before this returns); a second report of the same replication is ignored.</summary>
    Task Complete(int replication, string silo, ReplicationResult result);

    /// <summary>Gives a leased replication back unfinished (its silo is shutting down).</summary>
    Task Release(int replication, string silo);

    /// <summary>A replication failed with an error that running it again would repeat: the experiment stops with that error.</summary>
    Task Fail(int replication, string silo, string error);
}
