using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ForceSim.Grains.Processes;

/// <summary>
/// A person who has contacted police. A force-year meets ~100k of them, most of whom have nothing to do for days,
/// so the coordinator tells a victim idle for the run's rest horizon to save its state to grain storage and leave
/// memory; its next message or wake-up brings it back exactly as it was. Storage is read only for a victim the
/// coordinator knows is resting (or when asked about a victim not in memory), so first activations cost nothing extra.
/// </summary>
[RandomPlacement]
public sealed class VictimGrain(RunContexts runs) : LogicalProcessGrain<VictimProcess>(runs), IVictimGrain
{
    private const string StateName = "victim";

    // Victims draw through a borrowed generator (they keep only their stream's state), so one per activation is enough.
    private readonly SeededRandom _scratch = new(0);
    private readonly GrainState<StoredVictim> _stored = new(new StoredVictim());

    private IGrainStorage Storage => ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ForceSimSiloSetup.VictimStore);

    protected override bool CreatesOnActivation => false;

    public override async Task<StepResult> Step(StepRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HasProcess)
        {
            await Create(restore: request.Restore).ConfigureAwait(true);
        }

        StepProcess(request);
        return Result();
    }

    public async Task Rest()
    {
        _stored.State = new StoredVictim { Snapshot = Process.Snapshot() };
        await Storage.WriteStateAsync(StateName, this.GetGrainId(), _stored).ConfigureAwait(true);
        DeactivateOnIdle();
    }

    public async Task<VictimJourney> Journey()
    {
        if (!HasProcess)
        {
            await Create(restore: true).ConfigureAwait(true);
        }

        return Process.Describe();
    }

    protected override Task<VictimProcess> CreateAsync(RunContext context, long lp) =>
        Task.FromResult(new VictimProcess(context.Model, lp, context.Replication, _scratch));

    protected override VictimSummary Summary() =>
        new(Process.Contribution, Process.Journey.Count, MissedRepeatVictims.IsMissed(Process.Journey));

    private async Task Create(bool restore)
    {
        if (restore)
        {
            await Storage.ReadStateAsync(StateName, this.GetGrainId(), _stored).ConfigureAwait(true);
            if (_stored.RecordExists && _stored.State?.Snapshot is { } snapshot)
            {
                Adopt(VictimProcess.Restore(Context.Model, snapshot, Context.Replication, _scratch));
                return;
            }
        }

        Adopt(await CreateAsync(Context, LpNumber).ConfigureAwait(true));
    }
}
