using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Processes;
using ForceSim.Grains.Runs;

namespace ForceSim.Cli.Hosts;

/// <summary>
/// An embedded silo for one command: runs replications on the grain host and keeps the run of replication 0,
/// whose entities (victims, units, control rooms) the command can then ask about; every other run is released as soon
/// as its result is in, so memory does not grow with the number of replications.
/// </summary>
public sealed class GrainHostSession : IAsyncDisposable
{
    private readonly EmbeddedSilo _silo;

    private readonly double _victimRestMinutes;

    private GrainHostSession(EmbeddedSilo silo, double victimRestMinutes)
    {
        _silo = silo;
        _victimRestMinutes = victimRestMinutes;
    }

    /// <summary>Replication 0's run on this silo, once it has run here.</summary>
    public GrainRunResult? FirstRun { get; private set; }

    public IGrainFactory Grains => _silo.Grains;

    public static async Task<GrainHostSession> StartAsync(double victimRestMinutes = RunSpec.DefaultVictimRestMinutes) =>
        new(await EmbeddedSilo.StartAsync().ConfigureAwait(false), victimRestMinutes);

    public ReplicationResult RunReplication(CompiledScenario model, int replication, bool keepTally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var run = GrainHostRun.RunAsync(_silo.Grains, model.Scenario, replication, keepTally, victimRestMinutes: _victimRestMinutes, cancellationToken: cancellationToken).GetAwaiter().GetResult();
        if (replication == 0)
        {
            FirstRun = run;
        }
        else
        {
            // Only replication 0's entities are asked about; the others' grains and resting victims would only hold memory.
            GrainHostRun.ReleaseAsync(_silo.Grains, run.Run).GetAwaiter().GetResult();
        }

        return run.Result;
    }

    /// <summary>Journeys of up to <paramref name="count"/> repeat victims replication 0's control rooms missed, asked of their grains.</summary>
    public async Task<IReadOnlyList<VictimJourney>> MissedRepeatVictims(int count)
    {
        if (FirstRun is null)
        {
            return [];
        }

        var key = FirstRun.Run.ToString("N");
        var journeys = new List<VictimJourney>();
        foreach (var id in FirstRun.Output.MissedRepeatVictims.Take(count))
        {
            journeys.Add(await _silo.Grains.GetGrain<IVictimGrain>(id, key).Journey().ConfigureAwait(false));
        }

        return journeys;
    }

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
