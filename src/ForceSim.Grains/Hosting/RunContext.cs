using ForceSim.Engine.Compilation;

namespace ForceSim.Grains.Hosting;

/// <summary>What every LP grain of one run needs: the compiled scenario, which replication, and how long victims may idle in memory.</summary>
public sealed record RunContext(CompiledScenario Model, int Replication, double VictimRestMinutes);
