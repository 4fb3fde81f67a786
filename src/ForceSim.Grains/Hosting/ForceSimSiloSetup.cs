using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace ForceSim.Grains.Hosting;

/// <summary>What every ForceSim silo needs, whatever its clustering: serialisation of engine types and the run cache.</summary>
public static class ForceSimSiloSetup
{
    /// <param name="memoryExperimentStore">Keep experiments in memory (an embedded silo); a cluster stores them in Redis.</param>
    public static ISiloBuilder AddForceSim(this ISiloBuilder silo, bool memoryExperimentStore = true)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSerializer(s => s.AddEngineTypes());
        silo.Services.AddSingleton<RunContexts>();
        if (memoryExperimentStore)
        {
            silo.AddMemoryGrainStorage(ClusterStores.Experiments);
            silo.Services.AddOptions<MemoryGrainStorageOptions>(ClusterStores.Experiments)
                .PostConfigure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        }

        // Orleans caches where grains live, a million entries by default: ~230 MB once a national run has met that many
        // victims, nearly all resting or done. The victims active at once (~200k nationally) are what calls need found.
        silo.Configure<GrainDirectoryOptions>(o => o.CacheSize = 200_000);

        // A long run's steps are short, but a loaded 2-core machine can stall one; don't fail a run for that.
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
        return silo;
    }
}
