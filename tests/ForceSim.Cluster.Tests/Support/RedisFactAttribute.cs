namespace ForceSim.Cluster.Tests.Support;

/// <summary>
/// A test that needs a real redis-server: skipped, with the reason shown, where the binary is absent, except in CI
/// (FORCESIM_REQUIRE_REDIS=1), where it runs and fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (!RedisServer.Available && !RedisServer.Required)
        {
            Skip = RedisServer.SkipReason;
        }
    }
}
