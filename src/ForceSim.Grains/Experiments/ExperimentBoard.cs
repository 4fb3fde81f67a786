namespace ForceSim.Grains.Experiments;

/// <summary>The stored list of unfinished experiments, in the order they were posted.</summary>
[GenerateSerializer]
public sealed class ExperimentBoard
{
    [Id(0)]
    public List<string> Open { get; set; } = [];
}
