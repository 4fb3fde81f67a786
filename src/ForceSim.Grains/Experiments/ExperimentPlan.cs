using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// How an experiment's work items are numbered: variant by variant, each variant's replications in order, so item
/// <c>offset(v) + r</c> is replication r of variant v. A single-variant experiment's items are its replications, and
/// appending variants never renumbers the items already there.
/// </summary>
public sealed class ExperimentPlan
{
    private readonly int[] _offsets;
    private readonly int[] _firsts;

    private ExperimentPlan(IReadOnlyList<Scenario> scenarios, int[] firsts)
    {
        Scenarios = scenarios;
        _firsts = firsts;
        _offsets = new int[scenarios.Count + 1];
        for (var v = 0; v < scenarios.Count; v++)
        {
            _offsets[v + 1] = _offsets[v] + scenarios[v].Run.Replications;
        }
    }

    public IReadOnlyList<Scenario> Scenarios { get; }

    public int Total => _offsets[^1];

    /// <summary>Replications per variant, in variant order.</summary>
    public IReadOnlyList<int> Counts => [.. Scenarios.Select(s => s.Run.Replications)];

    /// <summary>The plan of a spec: its variants, or its one scenario.</summary>
    public static ExperimentPlan Of(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Of(spec.Scenario, spec.Variants);
    }

    public static ExperimentPlan Of(Scenario scenario, IReadOnlyList<ExperimentVariant>? variants) =>
        variants is { Count: > 0 } ? new([.. variants.Select(v => v.Scenario)], [.. variants.Select(v => v.FirstReplication)]) : new([scenario], [0]);

    /// <summary>The number variant <paramref name="variant"/>'s replication 0 runs as (its random numbers are that replication's).</summary>
    public int FirstReplication(int variant) => _firsts[variant];

    /// <summary>The first item of variant <paramref name="variant"/>.</summary>
    public int Offset(int variant) => _offsets[variant];

    /// <summary>Which variant and replication an item is.</summary>
    public (int Variant, int Replication) Locate(int item)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(item, Total);
        var variant = Array.BinarySearch(_offsets, item);
        // An exact hit is the first item of that variant (skipping variants with no replications); otherwise the one before.
        if (variant >= 0)
        {
            while (_offsets[variant + 1] == item)
            {
                variant++;
            }
        }
        else
        {
            variant = ~variant - 1;
        }

        return (variant, item - _offsets[variant]);
    }
}
