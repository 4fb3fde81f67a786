using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Runs;
using Orleans.Concurrency;
using Orleans.Serialization;

namespace ForceSim.Grains.Processes;

/// <summary>
/// A person who has contacted police. A force-year meets ~100k of them, most of whom have nothing to do for days,
/// so the coordinator tells a victim idle for the run's rest horizon to hand over its state, as bytes, and leave
/// memory; the coordinator keeps those bytes for the life of the run and hands them back with the victim's next step,
/// which brings it back exactly as it was. A resting victim costs its snapshot's bytes and nothing else. In a run that
/// retires victims, one with nothing left to do after a step leaves memory for good (the coordinator forgets it too).
/// </summary>
[RandomPlacement]
// Only the coordinator decides when a victim leaves memory (it keeps the state); Orleans' idle collection would lose it.
[CollectionAgeLimit(Days = 1)]
public sealed class VictimGrain(RunContexts runs, Serializer<VictimSnapshot> snapshots) : LogicalProcessGrain<VictimProcess>(runs), IVictimGrain
{
    // Victims draw through a borrowed generator (they keep only their stream's state), so one per activation is enough.
    private readonly SeededRandom _scratch = new(0);

    protected override bool CreatesOnActivation => false;

    public override async Task<StepResult> Step(StepRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HasProcess)
        {
            if (request.InMemory)
            {
                throw Lost();
            }

            await Create(request.RestedState).ConfigureAwait(true);
        }

        StepProcess(request);
        var result = Result();
        if (request.Retire && result.Victim is { HasNothingLeftToDo: true } summary)
        {
            // Retired: the coordinator has folded this victim in and will never step it again, so it leaves memory now.
            DeactivateOnIdle();
            if (summary.MissedRepeat && summary.JourneyLength >= request.DescribeFrom)
            {
                return result with { RetiredJourney = Process.Describe() };
            }
        }

        return result;
    }

    public Task<Immutable<byte[]>> Rest()
    {
        var state = snapshots.SerializeToArray(Process.Snapshot());
        DeactivateOnIdle();
        return Task.FromResult(state.AsImmutable());
    }

    public async Task<VictimJourney> Journey()
    {
        if (!HasProcess)
        {
            // Asked about while resting (or never met): the run's coordinator holds the state, if there is any.
            var rested = await GrainFactory.GetGrain<IRunGrain>(RunId).RestedVictim(LpNumber).ConfigureAwait(true);
            await Create(rested.Value).ConfigureAwait(true);
            if (rested.Value is not null)
            {
                // A question does not end the rest: the coordinator still holds the state, so leave memory again.
                DeactivateOnIdle();
            }
        }

        return Process.Describe();
    }

    protected override Task<VictimProcess> CreateAsync(RunContext context, long lp) =>
        Task.FromResult(new VictimProcess(context.Model, lp, context.Replication, _scratch));

    protected override VictimSummary Summary() =>
        new(Process.Contribution, Process.Journey.Count, MissedRepeatVictims.IsMissed(Process.Journey), Process.HasNothingLeftToDo);

    private async Task Create(byte[]? rested)
    {
        if (rested is not null)
        {
            Adopt(VictimProcess.Restore(Context.Model, snapshots.Deserialize(rested) ?? throw new InvalidOperationException($"Victim {LpNumber}'s rested state is empty."), Context.Replication, _scratch));
            return;
        }

        Adopt(await CreateAsync(Context, LpNumber).ConfigureAwait(true));
    }
}
