using ForceSim.Engine.Compilation;

namespace ForceSim.Grains.Hosting;

/// <summary>What every LP grain of one run needs: the compiled scenario and which replication.</summary>
public sealed record RunContext(CompiledScenario Model, int Replication);
