using ForceSim.Model.Experiments;

namespace ForceSim.Model.Tests.Experiments;

public class ExperimentDesignTests
{
    [Fact]
    public void A_factorial_design_has_every_combination_with_the_first_factor_changing_slowest()
    {
        var experiment = Experiment(DesignType.Factorial, Factor("a", values: ["1", "2", "3"]), Factor("b", values: ["x", "y"]));

        var variants = ExperimentDesign.Variants(experiment);

        Assert.Equal(6, ExperimentDesign.FactorialSize(experiment.Factors));
        Assert.Equal(
            ["1,x", "1,y", "2,x", "2,y", "3,x", "3,y"],
            variants.Select(v => string.Join(',', v.Values)));
        Assert.Equal(Enumerable.Range(0, 6), variants.Select(v => v.Index));
        Assert.Equal(["p.a=3", "p.b=y"], variants[5].Overrides(experiment));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(50, 5)]
    public void Each_factor_of_a_latin_hypercube_has_exactly_one_point_in_each_stratum(int samples, int dimensions)
    {
        var points = ExperimentDesign.UnitLatinHypercube(samples, dimensions, seed: 42);

        Assert.Equal(samples, points.Length);
        for (var d = 0; d < dimensions; d++)
        {
            var strata = points.Select(p => (int)Math.Floor(p[d] * samples)).Order().ToList();
            Assert.Equal(Enumerable.Range(0, samples), strata);
        }
    }

    [Fact]
    public void A_latin_hypercube_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var first = ExperimentDesign.UnitLatinHypercube(10, 3, seed: 7);
        var again = ExperimentDesign.UnitLatinHypercube(10, 3, seed: 7);
        var other = ExperimentDesign.UnitLatinHypercube(10, 3, seed: 8);

        Assert.Equal(first.SelectMany(p => p), again.SelectMany(p => p));
        Assert.NotEqual(first.SelectMany(p => p), other.SelectMany(p => p));
    }

    [Fact]
    public void Latin_hypercube_factors_with_whole_ends_take_each_whole_value_of_an_equal_range_once()
    {
        var experiment = Experiment(DesignType.LatinHypercube, Factor("staff", min: 20, max: 24, whole: true), Factor("rate", min: 0.5, max: 1)) with { Samples = 5, DesignSeed = 3 };

        var variants = ExperimentDesign.Variants(experiment);

        Assert.Equal(["20", "21", "22", "23", "24"], variants.Select(v => v.Values[0]).Order());
        var rates = variants.Select(v => double.Parse(v.Values[1]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(rates, r => Assert.InRange(r, 0.5, 1));
        Assert.Equal(Enumerable.Range(0, 5), rates.Select(r => (int)Math.Floor((r - 0.5) / 0.1)).Order());
    }

    [Fact]
    public void A_one_at_a_time_design_is_the_base_then_each_factor_low_and_high_alone()
    {
        var experiment = Experiment(DesignType.OneAtATime, Factor("a", low: "1", high: "3"), Factor("b", low: "x", high: "z"));

        var variants = ExperimentDesign.Variants(experiment);

        Assert.Equal(["base", "a=1", "a=3", "b=x", "b=z"], variants.Select(v => v.Describe(experiment)));
        Assert.Empty(variants[0].Overrides(experiment));
        Assert.Equal(["p.b=z"], variants[4].Overrides(experiment));
    }

    private static Experiment Experiment(DesignType design, params ExperimentFactor[] factors) => new()
    {
        Name = "test",
        SourcePath = "experiment.yaml",
        ScenarioPath = "scenario.yaml",
        Design = design,
        Factors = factors,
    };

    private static ExperimentFactor Factor(string column, string[]? values = null, double min = 0, double max = 0, bool whole = false, string low = "", string high = "") => new()
    {
        Path = "p." + column,
        Column = column,
        Values = values ?? [],
        Min = min,
        Max = max,
        Whole = whole,
        Low = low,
        High = high,
    };
}
