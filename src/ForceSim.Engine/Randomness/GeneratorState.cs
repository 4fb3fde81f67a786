namespace ForceSim.Engine.Randomness;

/// <summary>The four 64-bit words of a xoshiro256** generator.</summary>
public readonly record struct GeneratorState(ulong S0, ulong S1, ulong S2, ulong S3);
