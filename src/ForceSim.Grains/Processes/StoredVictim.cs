using ForceSim.Engine.Victims;

namespace ForceSim.Grains.Processes;

/// <summary>A resting victim's state in grain storage.</summary>
[GenerateSerializer]
public sealed class StoredVictim
{
    [Id(0)]
    public VictimSnapshot? Snapshot { get; set; }
}
