using System.Collections.Concurrent;
using ForceSim.Engine.Compilation;
using ForceSim.Grains.Runs;

namespace ForceSim.Grains.Hosting;

/// <summary>
/// Per-silo cache of compiled scenarios, one per run: the first LP grain of a run on a silo asks the run's
/// coordinator for the scenario and compiles it once; every other LP of that run on the silo shares it.
/// </summary>
public sealed class RunContexts(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<RunContext>>> _runs = new();

    public Task<RunContext> For(Guid run) =>
        _runs.GetOrAdd(run, id => new Lazy<Task<RunContext>>(() => Load(id))).Value;

    private async Task<RunContext> Load(Guid run)
    {
        var spec = await grains.GetGrain<IRunGrain>(run).Spec().ConfigureAwait(false);
        return new RunContext(new CompiledScenario(spec.Scenario), spec.Replication);
    }
}
