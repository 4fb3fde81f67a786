using ForceSim.Engine.PatrolUnits;
using ForceSim.Grains.Hosting;

namespace ForceSim.Grains.Processes;

/// <summary>A response unit: its roster, abstractions, paperwork and overtime.</summary>
[RandomPlacement]
[CollectionAgeLimit(Days = 1)]
public sealed class PatrolUnitGrain(RunContexts runs) : LogicalProcessGrain<PatrolUnitProcess>(runs), IPatrolUnitGrain
{
    public Task<UnitReport> Report() => Task.FromResult(Process.Describe(busyMinutes: null));

    protected override Task<PatrolUnitProcess> CreateAsync(RunContext context, long lp) =>
        Task.FromResult(new PatrolUnitProcess(context.Model, (int)lp, context.Replication));
}
