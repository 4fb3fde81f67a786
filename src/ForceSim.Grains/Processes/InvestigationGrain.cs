using ForceSim.Engine.Investigations;
using ForceSim.Grains.Hosting;

namespace ForceSim.Grains.Processes;

/// <summary>A force's investigation function.</summary>
[RandomPlacement]
[CollectionAgeLimit(Days = 1)]
public sealed class InvestigationGrain(RunContexts runs) : LogicalProcessGrain<InvestigationProcess>(runs), IInvestigationGrain
{
    protected override Task<InvestigationProcess> CreateAsync(RunContext context, long lp) =>
        Task.FromResult(new InvestigationProcess(context.Model, (int)lp, context.Replication));
}
