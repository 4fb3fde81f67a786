namespace ForceSim.Experiments.Jobs;

/// <summary>A scenario shipped with ForceSim, as a card shows it: the name to ask for, its title and what it is.</summary>
/// <param name="Name">The path under the scenarios folder without <c>.yaml</c>, e.g. <c>whatif/plus-20-call-handlers</c>.</param>
/// <param name="Title">The scenario's <c>name:</c>.</param>
/// <param name="Description">The file's opening comment.</param>
/// <param name="Group">The folder it sits in: forces and regions, what-ifs, validation or benchmarks.</param>
public sealed record ShippedScenario(string Name, string Title, string Description, string Group);
