namespace ForceSim.Model.Distributions;

/// <summary>
/// A distribution as written in a scenario, always parameterised by what a practitioner knows
/// (a mean and spread) rather than by the family's textbook parameters.
/// YAML: <c>{dist: constant, value: 5}</c>, <c>{dist: exponential, mean: 5}</c>,
/// <c>{dist: lognormal, mean: 60, sd: 40}</c>, <c>{dist: gamma, mean: 30, shape: 2}</c>,
/// <c>{dist: uniform, min: 1, max: 4}</c>, <c>{dist: empirical, values: [..], weights: [..]}</c>.
/// </summary>
public sealed record Distribution
{
    public DistributionKind Kind { get; init; }

    /// <summary>Constant value, or mean (exponential, lognormal, gamma), or minimum (uniform).</summary>
    public double A { get; init; }

    /// <summary>Standard deviation (lognormal), shape (gamma) or maximum (uniform).</summary>
    public double B { get; init; }

    /// <summary>Observed values for an empirical distribution.</summary>
    public IReadOnlyList<double> Values { get; init; } = [];

    /// <summary>Weights of the observed values (empty means equal weights).</summary>
    public IReadOnlyList<double> Weights { get; init; } = [];

    public static Distribution Constant(double value) => new() { Kind = DistributionKind.Constant, A = value };

    public static Distribution Exponential(double mean) => new() { Kind = DistributionKind.Exponential, A = mean };

    public static Distribution LogNormal(double mean, double sd) => new() { Kind = DistributionKind.LogNormal, A = mean, B = sd };

    public static Distribution Gamma(double mean, double shape) => new() { Kind = DistributionKind.Gamma, A = mean, B = shape };

    public static Distribution Uniform(double min, double max) => new() { Kind = DistributionKind.Uniform, A = min, B = max };

    public static Distribution Empirical(IReadOnlyList<double> values, IReadOnlyList<double> weights) =>
        new() { Kind = DistributionKind.Empirical, Values = values, Weights = weights };

    /// <summary>The mean of the distribution, used for planning figures such as costs and offered load.</summary>
    public double Mean => Kind switch
    {
        DistributionKind.Constant or DistributionKind.Exponential or DistributionKind.LogNormal or DistributionKind.Gamma => A,
        DistributionKind.Uniform => (A + B) / 2,
        DistributionKind.Empirical => EmpiricalMean(),
        _ => throw new InvalidOperationException($"Unknown distribution kind {Kind}."),
    };

    private double EmpiricalMean()
    {
        double total = 0, weight = 0;
        for (var i = 0; i < Values.Count; i++)
        {
            var w = Weights.Count == 0 ? 1.0 : Weights[i];
            total += w * Values[i];
            weight += w;
        }

        return weight > 0 ? total / weight : 0;
    }

    public bool Equals(Distribution? other) =>
        other is not null && Kind == other.Kind && A.Equals(other.A) && B.Equals(other.B)
        && Values.SequenceEqual(other.Values) && Weights.SequenceEqual(other.Weights);

    public override int GetHashCode() => HashCode.Combine(Kind, A, B, Values.Count, Weights.Count);
}
