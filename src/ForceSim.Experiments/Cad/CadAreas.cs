using ForceSim.Engine.Compilation;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// Each force's area ids by area index, for the extract's area column: empty for every force until scenarios carry
/// geography (the seam h16-geo's areas fill), so the column is blank for a force that is one place.
/// </summary>
internal static class CadAreas
{
    public static IReadOnlyList<IReadOnlyList<string>> Of(CompiledScenario model) =>
        [.. model.Forces.Select(_ => (IReadOnlyList<string>)[])];
}
