namespace ForceSim.Engine.Compilation;

/// <summary>
/// One crime an incident may hold, ready for the recording decision: how likely it is there, its class (by index into
/// the scenario's crime classes, for counting), the class's recording chance and whether it counts as violence.
/// </summary>
public readonly record struct CompiledCrime(double Probability, int ClassIndex, double RecordingProbability, bool IsViolence);
