using ForceSim.Engine.Running;

namespace ForceSim.Grains.Experiments;

/// <summary>The stored form of one replication's result.</summary>
[GenerateSerializer]
public sealed class ReplicationRecord
{
    [Id(0)]
    public ReplicationResult? Result { get; set; }
}
