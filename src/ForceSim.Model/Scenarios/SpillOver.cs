using ForceSim.Model.Distributions;

namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>spill_to_emergency</c>: <c>{probability: 0.1, delay_minutes: {dist: exponential, mean: 2}}</c>.</summary>
public sealed record SpillOver
{
    /// <summary><c>probability</c>: chance an abandoning caller rings 999, 0..1.</summary>
    public double Probability { get; init; }

    /// <summary><c>delay_minutes</c>: time between hanging up and ringing 999.</summary>
    public Distribution DelayMinutes { get; init; } = Distribution.Constant(1);
}
