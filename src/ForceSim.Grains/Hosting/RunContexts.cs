using ForceSim.Engine.Compilation;
using ForceSim.Grains.Runs;

namespace ForceSim.Grains.Hosting;

/// <summary>
/// Per-silo cache of compiled scenarios, one per run: the first LP grain of a run on a silo asks the run's
/// coordinator for the scenario and compiles it once; every other LP of that run on the silo shares it. Each
/// activation holds a reference, so a run's compiled scenario leaves a silo with the last of its grains there.
/// </summary>
public sealed class RunContexts(IGrainFactory grains)
{
    private readonly Dictionary<Guid, Entry> _runs = [];
    private readonly Lock _lock = new();

    /// <summary>The run's context; pair each call with one <see cref="Return"/>.</summary>
    public Task<RunContext> Borrow(Guid run)
    {
        lock (_lock)
        {
            if (!_runs.TryGetValue(run, out var entry))
            {
                entry = new Entry(new Lazy<Task<RunContext>>(() => Load(run)));
                _runs.Add(run, entry);
            }

            entry.Borrowers++;
            return entry.Context.Value;
        }
    }

    public void Return(Guid run)
    {
        lock (_lock)
        {
            if (_runs.TryGetValue(run, out var entry) && --entry.Borrowers == 0)
            {
                _runs.Remove(run);
            }
        }
    }

    /// <summary>Runs with a compiled scenario on this silo now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _runs.Count;
            }
        }
    }

    private async Task<RunContext> Load(Guid run)
    {
        var spec = await grains.GetGrain<IRunGrain>(run).Spec().ConfigureAwait(false);
        return new RunContext(new CompiledScenario(spec.Scenario), spec.Replication);
    }

    private sealed class Entry(Lazy<Task<RunContext>> context)
    {
        public Lazy<Task<RunContext>> Context { get; } = context;

        public int Borrowers { get; set; }
    }
}
