namespace ForceSim.Experiments.Levers;

/// <summary>
/// Changes as a what-if: the <c>--set</c> options (as a dictionary from key path to value, and as <c>PATH=VALUE</c>
/// in order) and the same as overlay YAML text that <c>extends</c> the scenario, as <c>scenarios/whatif/*.yaml</c> do.
/// Loading either gives the same scenario.
/// </summary>
public sealed record LeverOverlay(IReadOnlyDictionary<string, string> Set, IReadOnlyList<string> SetOptions, string Yaml);
