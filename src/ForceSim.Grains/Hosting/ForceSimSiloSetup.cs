using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace ForceSim.Grains.Hosting;

/// <summary>What every ForceSim silo needs, whatever its clustering: serialisation of engine types, the run cache, storage for victims.</summary>
public static class ForceSimSiloSetup
{
    /// <summary>Grain storage for idle victims' state (memory in an embedded silo; a cluster configures Redis under the same name).</summary>
    public const string VictimStore = "victims";

    public static ISiloBuilder AddForceSim(this ISiloBuilder silo, bool memoryVictimStore = true)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSerializer(s => s.AddEngineTypes());
        silo.Services.AddSingleton<RunContexts>();
        if (memoryVictimStore)
        {
            silo.AddMemoryGrainStorage(VictimStore);
            silo.AddMemoryGrainStorage(ClusterStores.Experiments);
            silo.Services.AddOptions<MemoryGrainStorageOptions>(ClusterStores.Experiments)
                .PostConfigure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        }

        // Stored victims hold engine types, which Orleans' serializer (with the JSON codec above) handles and Newtonsoft does not.
        silo.Services.AddOptions<MemoryGrainStorageOptions>(VictimStore)
            .PostConfigure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));

        // A long run's steps are short, but a loaded 2-core machine can stall one; don't fail a run for that.
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
        return silo;
    }
}
