namespace ForceSim.Engine.Diagnostics;

/// <summary>Where MSER-5 would start measuring: <paramref name="Truncation"/> observations cut from <paramref name="Length"/>.</summary>
public readonly record struct Mser5Result(int Truncation, int Length, bool InSecondHalf);
