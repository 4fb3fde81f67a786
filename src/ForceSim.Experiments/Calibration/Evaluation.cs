namespace ForceSim.Experiments.Calibration;

/// <summary>One simulated parameter set: generation, proposal number, values, and each target's simulated statistic.</summary>
public sealed record Evaluation(int Generation, int Proposal, double[] Values, double[] Statistics);
