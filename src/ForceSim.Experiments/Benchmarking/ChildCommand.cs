namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// How to start this same tool again as a child process (the apphost, or <c>dotnet forcesim.dll</c>): a run measured
/// in its own process has a peak memory of its own, where the bench process's peak only ever grows.
/// </summary>
/// <param name="FileName">The executable.</param>
/// <param name="LeadingArguments">Arguments before the subcommand (the assembly, when the executable is <c>dotnet</c>).</param>
public sealed record ChildCommand(string FileName, IReadOnlyList<string> LeadingArguments);
