namespace ForceSim.Cluster.Tests.Support;

/// <summary>
/// A real cluster for one test class: redis-server and <c>forcesim silo</c> processes under a fresh cluster id (and so
/// a fresh service id: a killed silo of another test stays "active" in its own cluster, never in this one).
/// Everything started is killed on dispose, also when starting failed half-way.
/// </summary>
public sealed class ClusterTestBed : IDisposable
{
    private readonly List<SiloProcess> _silos = [];
    private readonly List<SiloProcess> _retired = [];
    private string[] _siloOptions = [];

    private ClusterTestBed(RedisServer redis)
    {
        Redis = redis;
    }

    public RedisServer Redis { get; }

    public TempFolder Folder { get; } = new();

    public string ClusterId { get; } = "test-" + Guid.NewGuid().ToString("N")[..12];

    public string Cluster => $"redis://{Redis.Address}/{ClusterId}";

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public static async Task<ClusterTestBed> StartAsync(int silos, params string[] siloOptions)
    {
        var bed = new ClusterTestBed(await RedisServer.StartAsync()) { _siloOptions = siloOptions };
        try
        {
            // One at a time: the first silo creates the membership table, and two cores are easily swamped by several starting at once.
            for (var i = 0; i < silos; i++)
            {
                await bed.AddSiloAsync(siloOptions);
            }

            return bed;
        }
        catch
        {
            bed.Dispose();
            throw;
        }
    }

    public async Task<SiloProcess> AddSiloAsync(params string[] siloOptions)
    {
        var silo = await SiloProcess.StartAsync(Folder.Path, Redis.Address, ClusterId, siloOptions);
        _silos.Add(silo);
        return silo;
    }

    /// <summary>
    /// Starts silo <paramref name="index"/> again on its own ports (after it was killed) with the options the bed started
    /// it with: the cluster sees a new incarnation of the same endpoint.
    /// </summary>
    public async Task<SiloProcess> RestartSiloAsync(int index)
    {
        var old = _silos[index];
        old.Dispose();
        _retired.Add(old);
        var silo = await SiloProcess.StartAsync(Folder.Path, Redis.Address, ClusterId, old.SiloPort, old.GatewayPort, _siloOptions);
        _silos[index] = silo;
        return silo;
    }

    /// <summary>What every silo printed (those since restarted first), for failure messages.</summary>
    public string Logs => string.Join(
        Environment.NewLine,
        _retired.Select(s => $"--- earlier silo ({s.Endpoint}) ---{Environment.NewLine}{s.Output}")
            .Concat(_silos.Select((s, i) => $"--- silo {i} ({s.Endpoint}) ---{Environment.NewLine}{s.Output}")));

    public void Dispose()
    {
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }

        Redis.Dispose();
        Folder.Dispose();
    }
}
