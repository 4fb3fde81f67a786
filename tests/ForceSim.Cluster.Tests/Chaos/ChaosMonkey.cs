using System.Diagnostics;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Experiments.Cluster;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Chaos;

/// <summary>
/// SIGKILLs a silo chosen by a seeded random generator, restarts it on its own ports after a random downtime, waits a
/// random pause, and again, until the work is done or the time is up. Just before each kill it looks at every open
/// experiment through a client of its own, so each kill records which replications it broke. The seed fixes which
/// silo dies and the pauses; how far the experiments have got at each kill depends on the machine.
/// </summary>
public sealed class ChaosMonkey(ClusterTestBed bed, int seed)
{
    private readonly List<ChaosKill> _kills = [];

    public IReadOnlyList<ChaosKill> Kills => _kills;

    /// <summary>
    /// Kills and restarts silos until <paramref name="done"/> completes, or <paramref name="duration"/> has passed and the
    /// kills so far are <paramref name="enough"/> (a slow machine restarts silos slowly: it gets more time, not fewer kills).
    /// Every silo is running when it returns.
    /// </summary>
    public async Task RunAsync(Task done, TimeSpan duration, Func<IReadOnlyList<ChaosKill>, bool> enough, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(enough);
        ArgumentNullException.ThrowIfNull(log);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        await using var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster));
        while (!done.IsCompleted && (clock.Elapsed < duration || !enough(_kills)))
        {
            // Drawn together, whatever happens next, so the schedule depends on the seed alone.
            var pause = TimeSpan.FromMilliseconds(random.Next(1500, 5000));
            var index = random.Next(bed.Silos.Count);
            var downtime = TimeSpan.FromMilliseconds(random.Next(500, 4000));
            await Task.WhenAny(Task.Delay(pause), done);
            if (done.IsCompleted)
            {
                break;
            }

            // Prefer a silo that is running a replication (the seeded draw picks among them), so a kill breaks work even
            // on a fast machine where the experiments would otherwise finish between a few idle kills.
            var running = await BusySilosAsync(watcher.Grains, done);
            if (done.IsCompleted)
            {
                break;
            }

            var busy = Enumerable.Range(0, bed.Silos.Count).Where(i => running.Contains(bed.Silos[i].Endpoint)).ToList();
            index = busy.Count > 0 ? busy[index % busy.Count] : index;
            var victim = bed.Silos[index];
            var (unfinished, broken) = await LookAsync(watcher.Grains, victim.Endpoint);
            victim.Kill();
            var kill = new ChaosKill(clock.Elapsed, index, victim.Endpoint, unfinished, broken);
            _kills.Add(kill);
            log(kill.ToString());
            await Task.Delay(downtime);
            await bed.RestartSiloAsync(index);
            log($"{clock.Elapsed.TotalSeconds,6:0.0} s  silo {index} ({victim.Endpoint}) restarted");
        }
    }

    /// <summary>
    /// The silos running a replication, waited for (up to a bound) when none is: before the experiments start, or while a
    /// restarted silo picks work up again, a kill would break nothing, and on a fast machine the work may finish before
    /// enough kills have landed.
    /// </summary>
    private static async Task<HashSet<string>> BusySilosAsync(IGrainFactory grains, Task done)
    {
        var patience = Stopwatch.StartNew();
        var running = await RunningSilosAsync(grains);
        while (running.Count == 0 && !done.IsCompleted && patience.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.WhenAny(Task.Delay(TimeSpan.FromMilliseconds(250)), done);
            running = await RunningSilosAsync(grains);
        }

        return running;
    }

    /// <summary>Endpoints of the silos running an unfinished replication of any open experiment now.</summary>
    private static async Task<HashSet<string>> RunningSilosAsync(IGrainFactory grains)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var running = new HashSet<string>();
        foreach (var id in await OpenExperimentsAsync(grains, patience.Token))
        {
            var status = await ExperimentWatch.PollAsync(grains.GetGrain<IExperimentGrain>(id), patience.Token);
            running.UnionWith(status.Running.Where(r => !status.Finished.Contains(r.Key)).Select(r => r.Value));
        }

        return running;
    }

    /// <summary>Replications still to finish in every open experiment, and those the silo at <paramref name="endpoint"/> is running.</summary>
    private static async Task<(int Unfinished, IReadOnlyList<(string Experiment, int Replication)> Broken)> LookAsync(IGrainFactory grains, string endpoint)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var open = await OpenExperimentsAsync(grains, patience.Token);
        var unfinished = 0;
        var broken = new List<(string, int)>();
        foreach (var id in open)
        {
            var status = await ExperimentWatch.PollAsync(grains.GetGrain<IExperimentGrain>(id), patience.Token);
            unfinished += status.Total - status.Done;
            broken.AddRange(status.Running.Where(r => r.Value == endpoint && !status.Finished.Contains(r.Key)).Select(r => (id, r.Key)));
        }

        return (unfinished, broken);
    }

    /// <summary>The board of open experiments, retried while the silo holding it is being replaced after the last kill.</summary>
    private static async Task<IReadOnlyList<string>> OpenExperimentsAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await grains.GetGrain<IExperimentBoardGrain>(0).Open().WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }
}
