namespace ForceSim.Experiments.Posteriors;

/// <summary>
/// Weighted parameter sets from a calibration (docs/posterior-format.md). Each parameter is a scenario key path as
/// <c>--set</c> takes it, so a draw is applied to a scenario exactly as the user's own overrides are.
/// </summary>
/// <param name="ModelVersion">The <see cref="Engine.ModelVersion"/> the posterior was fitted to; another means it may be stale.</param>
/// <param name="Method">How it was fitted (for example <c>abc-smc</c>); free text without <c>;</c>.</param>
/// <param name="Scenario">The scenario fitted, relative to the posterior file; null when not recorded.</param>
/// <param name="Targets">The targets fitted to, relative to the posterior file; null when not recorded.</param>
/// <param name="Parameters">The key paths, one per value of every draw.</param>
/// <param name="Draws">The parameter sets; as read, their weights sum to 1.</param>
public sealed record Posterior(int ModelVersion, string Method, string? Scenario, string? Targets, IReadOnlyList<string> Parameters, IReadOnlyList<PosteriorDraw> Draws);
