namespace ForceSim.Engine.Tests.Randomness;

/// <summary>A Random that returns given uniforms in turn, to put a draw exactly on a boundary.</summary>
internal sealed class ScriptedRandom(params double[] uniforms) : Random
{
    private int _next;

    public int Used => _next;

    public override double NextDouble() => uniforms[_next++];

    protected override double Sample() => NextDouble();
}
