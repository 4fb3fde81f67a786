using ForceSim.Grains.Experiments;
using ForceSim.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Persistence;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;

namespace ForceSim.Grains.Hosting;

/// <summary>Redis for membership and grain storage, the same way on every silo and client of a cluster.</summary>
public static class RedisClustering
{
    public static ISiloBuilder UseForceSimCluster(this ISiloBuilder silo, ClusterSiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        var cluster = options.Cluster;
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        silo.ConfigureEndpoints(options.AdvertisedAddress, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        silo.UseRedisClustering(o => o.ConfigurationOptions = Redis(cluster));
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = options.ProbeTimeout;
            o.NumMissedProbesLimit = options.MissedProbesLimit;
        });
        if (cluster.Security.Tls is { } tls)
        {
            silo.UseForceSimTls(tls);
        }

        silo.AddForceSim(memoryExperimentStore: false);
        AddRedisStorage(silo, ClusterStores.Experiments, cluster);
        silo.Services.Configure<ExperimentLimits>(o => o.MaxReplications = options.MaxReplications);
        silo.Services.Configure<ReplicationWorkerOptions>(o => o.Slots = options.Workers);
        silo.Services.AddHostedService<ReplicationWorkers>();
        return silo;
    }

    public static IClientBuilder UseForceSimCluster(this IClientBuilder client, ClusterAddress cluster)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(cluster);
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        client.UseRedisClustering(o => o.ConfigurationOptions = Redis(cluster));
        // A client should notice silos that came or went within seconds, not the default minute.
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        client.Services.AddSerializer(s => s.AddEngineTypes());
        if (cluster.Security.Tls is { } tls)
        {
            client.UseForceSimTls(tls);
        }

        return client;
    }

    private static void AddRedisStorage(ISiloBuilder silo, string name, ClusterAddress cluster) =>
        silo.AddRedisGrainStorage(name, options => options.Configure<Serializer>((o, serializer) =>
        {
            o.ConfigurationOptions = Redis(cluster);
            // Stored state holds engine types, which Orleans' serializer (with the engine JSON codec) handles and Newtonsoft does not.
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));

    private static ConfigurationOptions Redis(ClusterAddress cluster) => RedisAccess.Options(cluster);
}
