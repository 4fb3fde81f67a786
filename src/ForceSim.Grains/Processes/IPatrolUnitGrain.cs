using ForceSim.Engine.PatrolUnits;

namespace ForceSim.Grains.Processes;

public interface IPatrolUnitGrain : ILogicalProcessGrain
{
    /// <summary>The unit's shift log and overtime so far (busy minutes come from its control room).</summary>
    [AlwaysInterleave]
    Task<UnitReport> Report();
}
