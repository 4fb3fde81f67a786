using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.PatrolUnits;
using ForceSim.Experiments.Scenarios;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Processes;
using ForceSim.Grains.Runs;

namespace ForceSim.Experiments.Inspecting;

/// <summary>
/// Replays one replication (same seed, so the same world as a run) and looks at one entity: a victim's journey, or a
/// response unit's shift log and utilisation. On the grain host the entity's own grain is asked.
/// </summary>
public static class InspectService
{
    public static async Task<VictimInspection> VictimAsync(InspectRequest request, long victim, CancellationToken cancellationToken = default)
    {
        var model = Compile(request);
        await using var replay = await Replay.StartAsync(model, request, cancellationToken).ConfigureAwait(false);
        var journey = replay.Run is { } run
            ? run.Victim(victim)?.Describe()
            : await replay.Grains!.GetGrain<IVictimGrain>(victim, replay.RunKey).Journey().ConfigureAwait(false);
        if (journey is null || journey.Steps.Count == 0)
        {
            throw new InvalidRequestException($"no victim {victim} in this replication (victim ids are printed by 'forcesim run').");
        }

        return new VictimInspection(journey, model.Scenario.Run.StartDate);
    }

    public static async Task<UnitReport> UnitAsync(InspectRequest request, long unit, CancellationToken cancellationToken = default)
    {
        var model = Compile(request);
        if (unit < 0 || unit >= model.Units.Length)
        {
            throw new InvalidRequestException($"no unit {unit}: units are numbered 0 to {model.Units.Length - 1}.");
        }

        var room = model.Forces[model.Units[unit].Force].ControlRoom;
        await using var replay = await Replay.StartAsync(model, request, cancellationToken).ConfigureAwait(false);
        if (replay.Run is { } run)
        {
            return run.PatrolUnits[(int)unit].Describe(run.ControlRooms[room].UnitBusyMinutes((int)unit));
        }

        var report = await replay.Grains!.GetGrain<IPatrolUnitGrain>(unit, replay.RunKey).Report().ConfigureAwait(false);
        var busy = await replay.Grains.GetGrain<IControlRoomGrain>(room, replay.RunKey).UnitBusyMinutes((int)unit).ConfigureAwait(false);
        return report with { BusyMinutes = busy };
    }

    private static CompiledScenario Compile(InspectRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scenario = ScenarioInput.Load(request.ScenarioPath, seed: request.Seed, overrides: request.Overrides, options: ScenarioInput.Options(request.AllowOutsideReferences));
        if (request.Replication is < 0 or >= 10000)
        {
            throw new InvalidRequestException($"--replication must be from 0 to 9999 (got {request.Replication}).");
        }

        return new CompiledScenario(scenario);
    }

    /// <summary>Where the replayed entities live: an in-memory run, or a grain-hosted run in an embedded silo.</summary>
    private sealed class Replay : IAsyncDisposable
    {
        private readonly EmbeddedSilo? _silo;

        private Replay(InProcessRun? run, EmbeddedSilo? silo, string runKey)
        {
            Run = run;
            _silo = silo;
            RunKey = runKey;
        }

        public InProcessRun? Run { get; }

        public IGrainFactory? Grains => _silo?.Grains;

        public string RunKey { get; }

        public static async Task<Replay> StartAsync(CompiledScenario model, InspectRequest request, CancellationToken cancellationToken)
        {
            if (request.Host != ReplicationHost.Grains)
            {
                var run = new InProcessRun(model, request.Replication);
                run.Run(cancellationToken);
                return new Replay(run, null, "");
            }

            var silo = await EmbeddedSilo.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Victims are not retired: the one asked about must still be there, whenever it finished.
                var run = await GrainHostRun.RunAsync(silo.Grains, model.Scenario, request.Replication, retireVictims: false, cancellationToken: cancellationToken).ConfigureAwait(false);
                return new Replay(null, silo, run.Run.ToString("N"));
            }
            catch
            {
                await silo.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public ValueTask DisposeAsync() => _silo?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
