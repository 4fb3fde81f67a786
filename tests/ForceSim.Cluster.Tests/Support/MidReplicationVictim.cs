using ForceSim.Grains.Experiments;

namespace ForceSim.Cluster.Tests.Support;

/// <summary>
/// Finds a silo to kill part-way through a replication, timed from warm replications, for experiments whose work grows
/// while they run (a budget search adds each round's mixes, so the experiment may look finished between rounds).
/// </summary>
public static class MidReplicationVictim
{
    /// <summary>
    /// Waits until a silo has been running its current replication for between a fifth and a third of the shortest warm
    /// replication seen, with at least four items still unfinished, and returns that silo, the item and the status then.
    /// The item is looked at once more just before it is returned, so one that finished while it was chosen (a loaded
    /// machine can stall the watcher for longer than the rest of a replication) is passed over. Fails if
    /// <paramref name="client"/> exits first.
    /// </summary>
    public static async Task<(SiloProcess Victim, int Item, ExperimentStatus Before)> FindAsync(IExperimentGrain experiment, ClusterTestBed bed, Task client)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(bed);
        ArgumentNullException.ThrowIfNull(client);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var seenRunning = new Dictionary<int, DateTime>();
        var lengths = new List<TimeSpan>();
        HashSet<int>? startUnseen = null;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(client.IsCompleted, "the client finished before a silo could be killed mid-way" + Environment.NewLine + bed.Logs);
            var status = await experiment.Status();
            var now = DateTime.UtcNow;

            // Items already running at the first look started at an unknown time: they time nothing and are spared.
            startUnseen ??= status.Exists ? [.. status.Running.Keys, .. status.Finished] : null;
            // Only an item started on a silo that has already finished one is timed or chosen: a silo's first also pays for the JIT.
            foreach (var (item, holder) in status.Running.Where(r => startUnseen?.Contains(r.Key) == false))
            {
                if (status.FinishedBySilo.GetValueOrDefault(holder) >= 1)
                {
                    seenRunning.TryAdd(item, now);
                }
            }

            foreach (var item in status.Finished.Where(seenRunning.ContainsKey).ToList())
            {
                lengths.Add(now - seenRunning[item]);
                seenRunning.Remove(item);
            }

            if (lengths.Count >= 2 && status.Total - status.Done >= 4)
            {
                var shortest = lengths.Min();
                var (fifth, third) = (shortest / 5, shortest / 3);
                foreach (var (item, holder) in status.Running)
                {
                    if (seenRunning.TryGetValue(item, out var since) && now - since >= fifth && now - since <= third
                        && bed.Silos.FirstOrDefault(s => s.Endpoint == holder) is { } victim)
                    {
                        var again = await experiment.Status();
                        if (again.Running.GetValueOrDefault(item) == holder && DateTime.UtcNow - since <= third)
                        {
                            return (victim, item, again);
                        }
                    }
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("no silo was caught mid-replication" + Environment.NewLine + bed.Logs);
    }

    /// <summary>The item the killed silo was part-way through ran again elsewhere; nothing finished before the kill ran twice.</summary>
    public static void AssertRerun(ExperimentStatus before, ExperimentStatus after, int broken, SiloProcess victim)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(victim);
        Assert.True(after.IsFinished);
        Assert.All(before.Finished, r => Assert.Equal(1, after.Executions[r]));
        Assert.True(after.Executions[broken] >= 2, $"item {broken} was not re-run: executions {string.Join(",", after.Executions)}");
        Assert.DoesNotContain(broken, before.Finished);
        Assert.Equal(after.Total, after.FinishedBySilo.Values.Sum());
        Assert.Equal(before.FinishedBySilo.GetValueOrDefault(victim.Endpoint), after.FinishedBySilo.GetValueOrDefault(victim.Endpoint));
    }

    /// <summary>Every file a local run wrote, byte for byte the same in <paramref name="onCluster"/> (run-info.json says where and how long, so differs).</summary>
    public static void AssertSameFiles(string local, string onCluster)
    {
        var files = Directory.GetFiles(local, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(local, f))
            .Where(f => Path.GetFileName(f) != "run-info.json")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var there = Path.Combine(onCluster, file);
            Assert.True(File.Exists(there), $"{file} is missing from the cluster's output");
            Assert.True(File.ReadAllBytes(Path.Combine(local, file)).AsSpan().SequenceEqual(File.ReadAllBytes(there)), $"{file} differs from the local run's");
        }
    }
}
