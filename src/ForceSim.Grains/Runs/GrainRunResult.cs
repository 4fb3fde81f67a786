using ForceSim.Engine.Running;

namespace ForceSim.Grains.Runs;

/// <summary>A replication run on the grain host: its measures (as any host reports them) and the run's id and work.</summary>
public sealed record GrainRunResult(Guid Run, ReplicationResult Result, RunOutput Output);
