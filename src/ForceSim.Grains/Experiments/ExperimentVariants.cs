namespace ForceSim.Grains.Experiments;

/// <summary>
/// A multi-variant experiment's variants as they rest in grain storage, apart from its progress: they are written only
/// when variants are added, not on every lease.
/// </summary>
[GenerateSerializer]
public sealed class ExperimentVariants
{
    [Id(0)]
    public List<ExperimentVariant> List { get; set; } = [];
}
