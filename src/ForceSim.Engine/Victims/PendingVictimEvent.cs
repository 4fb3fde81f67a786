using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Victims;

/// <summary>A victim's pending event in a snapshot: a delivered message not yet in effect, or a repeat victimisation (no message).</summary>
public sealed record PendingVictimEvent(double Time, Message? Message);
