namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// One geographical atom of a hypercube model: an independent Poisson source of calls and the fixed order in which
/// units are preferred for its calls (the first free unit in the order is sent).
/// </summary>
/// <param name="Name">For failure messages.</param>
/// <param name="CallRate">Calls per unit time (the unit of time of the service rate).</param>
/// <param name="Preference">Every unit exactly once, most preferred first (units numbered from 0).</param>
public sealed record HypercubeAtom(string Name, double CallRate, IReadOnlyList<int> Preference);
