using ForceSim.Engine.Compilation;

namespace ForceSim.Experiments.Cad;

/// <summary>Each force's area ids by area index, for the extract's area column: none for a force that is one place, so its column is blank.</summary>
internal static class CadAreas
{
    public static IReadOnlyList<IReadOnlyList<string>> Of(CompiledScenario model) =>
        [.. model.Forces.Select(f => (IReadOnlyList<string>)(f.Geography?.AreaIds ?? []))];
}
