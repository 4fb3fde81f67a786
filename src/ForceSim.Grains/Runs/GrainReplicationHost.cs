using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Running;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Processes;

namespace ForceSim.Grains.Runs;

/// <summary>
/// Runs replications on the grain host through a grain factory (an embedded silo's, usually). Every run retires its
/// victims with nothing left to do, so memory follows the active victims, not the horizon. Asked to keep missed
/// victims, it keeps replication 0's run: a missed victim still active at the end is asked for its journey by its grain,
/// a retired one's journey came back with the run's output. Every other run is released as soon as its result is in, so
/// memory does not grow with the number of replications.
/// </summary>
public sealed class GrainReplicationHost : IReplicationHost, IRecallsFirstReplication
{
    private readonly IGrainFactory _grains;
    private readonly double _victimRestMinutes;
    private readonly int _missedVictimsToKeep;

    /// <param name="missedVictimsToKeep">How many of replication 0's missed repeat victims to answer for (0: release every run).</param>
    public GrainReplicationHost(IGrainFactory grains, double victimRestMinutes = RunSpec.DefaultVictimRestMinutes, int missedVictimsToKeep = 0)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentOutOfRangeException.ThrowIfNegative(missedVictimsToKeep);
        _grains = grains;
        _victimRestMinutes = victimRestMinutes;
        _missedVictimsToKeep = missedVictimsToKeep;
    }

    /// <summary>Replication 0's run, kept queryable, once it has run here (and only when missed victims are kept).</summary>
    public GrainRunResult? FirstRun { get; private set; }

    public async ValueTask<ReplicationResult> RunAsync(CompiledScenario model, int replication, bool keepTally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var run = await GrainHostRun.RunAsync(_grains, model.Scenario, replication, keepTally, victimRestMinutes: _victimRestMinutes, retireVictims: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (replication == 0 && _missedVictimsToKeep > 0)
        {
            FirstRun = run;
        }
        else
        {
            // Only replication 0's entities are asked about; the others' grains and resting victims would only hold memory.
            await GrainHostRun.ReleaseAsync(_grains, run.Run).ConfigureAwait(false);
        }

        return run.Result;
    }

    /// <summary>Replication 0's missed repeat victims' journeys: kept with the run's output if they retired, else asked of their grains.</summary>
    public async ValueTask<IReadOnlyList<VictimJourney>?> MissedRepeatVictimsAsync(CancellationToken cancellationToken)
    {
        if (FirstRun is not { } first)
        {
            return null;
        }

        var key = first.Run.ToString("N");
        var journeys = new List<VictimJourney>();
        foreach (var id in first.Output.MissedRepeatVictims.Take(_missedVictimsToKeep))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var retired = first.Output.RetiredMissedJourneys?.FirstOrDefault(j => j.Id == id);
            journeys.Add(retired ?? await _grains.GetGrain<IVictimGrain>(id, key).Journey().ConfigureAwait(false));
        }

        return journeys;
    }
}
