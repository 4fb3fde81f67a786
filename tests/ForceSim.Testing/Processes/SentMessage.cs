using ForceSim.Engine.Protocol;

namespace ForceSim.Testing.Processes;

/// <summary>A message a driven process sent, with the end of the window it was sent in (0 when sent at start).</summary>
public readonly record struct SentMessage(double WindowEnd, Message Message);
