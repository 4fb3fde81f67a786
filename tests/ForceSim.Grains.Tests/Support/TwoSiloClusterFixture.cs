using ForceSim.Grains.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace ForceSim.Grains.Tests.Support;

/// <summary>Two silos in this process talking over loopback TCP (so every message is serialised), with a client.</summary>
public sealed class TwoSiloClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddForceSim());
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddEngineTypes()));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
