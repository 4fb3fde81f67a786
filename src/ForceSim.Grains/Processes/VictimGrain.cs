using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Hosting;

namespace ForceSim.Grains.Processes;

/// <summary>
/// A person who has contacted police. A force-year meets ~150k of them, most of whom have nothing to do for days,
/// so the coordinator tells a victim idle for the run's rest horizon to save its state to grain storage and leave
/// memory; its next message or wake-up brings it back exactly as it was.
/// </summary>
[RandomPlacement]
public sealed class VictimGrain(
    RunContexts runs,
    [PersistentState("victim", ForceSimSiloSetup.VictimStore)] IPersistentState<StoredVictim> stored)
    : LogicalProcessGrain<VictimProcess>(runs), IVictimGrain
{
    // Victims draw through a borrowed generator (they keep only their stream's state), so one per activation is enough.
    private readonly SeededRandom _scratch = new(0);

    public async Task Rest()
    {
        stored.State = new StoredVictim { Snapshot = Process.Snapshot() };
        await stored.WriteStateAsync().ConfigureAwait(true);
        this.DeactivateOnIdle();
    }

    public Task<VictimJourney> Journey() => Task.FromResult(Process.Describe());

    protected override Task<VictimProcess> CreateAsync(RunContext context, long lp) => Task.FromResult(
        stored.RecordExists && stored.State.Snapshot is { } snapshot
            ? VictimProcess.Restore(context.Model, snapshot, context.Replication, _scratch)
            : new VictimProcess(context.Model, lp, context.Replication, _scratch));

    protected override VictimSummary Summary() =>
        new(Process.Contribution, Process.Journey.Count, MissedRepeatVictims.IsMissed(Process.Journey));
}
