using ForceSim.Engine.Running;
using ForceSim.Reporting.Tables;

namespace ForceSim.Experiments.Comparing;

/// <summary>
/// Compares an option with the base as independent runs, for options that cannot be paired (other forces, horizon,
/// warm-up, seed or replications; asked for with <c>--unpaired</c>). The interval is Welch's over every replication of
/// each, and it is what <see cref="OptionDifference.Lower"/> and <see cref="OptionDifference.Upper"/> hold, so a change is
/// called distinguishable only on the wider, honest interval.
/// </summary>
public static class UnpairedComparison
{
    public static OptionDifference Of(ExperimentResult baseline, ExperimentResult option, string measure)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(option);
        var baseValues = Values(baseline, measure);
        var optionValues = Values(option, measure);
        double? baseMean = baseValues.Length > 0 ? baseValues.Average() : null;
        double? optionMean = optionValues.Length > 0 ? optionValues.Average() : null;
        var (lower, upper) = PairedComparison.Welch(baseValues, optionValues);
        return new OptionDifference(measure, baseMean, optionMean, optionMean - baseMean, lower, upper, lower, upper);
    }

    private static double[] Values(ExperimentResult result, string measure) =>
        [.. result.Replications.Select(r => PairedComparison.Value(r, measure)).OfType<double>()];
}
