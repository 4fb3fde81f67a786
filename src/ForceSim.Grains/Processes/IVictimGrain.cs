using ForceSim.Engine.Victims;
using Orleans.Concurrency;

namespace ForceSim.Grains.Processes;

public interface IVictimGrain : ILogicalProcessGrain
{
    /// <summary>The victim's journey so far: each contact, grade, attendance, recording, updates and confidence.</summary>
    [AlwaysInterleave]
    Task<VictimJourney> Journey();

    /// <summary>Hands over the victim's state (its serialised snapshot) and leaves memory until it is next needed.</summary>
    Task<Immutable<byte[]>> Rest();
}
