using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// Busy units as an M/G/∞ queue (mg-infinity.yaml: 30 incidents an hour, lognormal on-scene time with mean 45
/// minutes, far more units than are ever busy, instant answering and travel). Whatever the service distribution,
/// the number busy is Poisson with mean λ·E[S] = 22.5.
/// </summary>
public sealed class MgInfinityValidationTests : IClassFixture<MgInfinityRun>
{
    private readonly MgInfinityRun _run;
    private readonly double _offeredLoad;

    public MgInfinityValidationTests(MgInfinityRun run)
    {
        _run = run;
        Assert.True(run.Room.CallHandlers.Unlimited);
        Assert.Equal(0, run.Room.Channels[Channel.Emergency].HandleMinutes.Mean);
        Assert.Equal(Distribution.Constant(0), run.Force.Travel.Minutes);
        var type = Assert.Single(run.Force.IncidentTypes);
        Assert.Equal(Grade.Emergency, type.Grade);
        Assert.Equal(1, type.Units);
        Assert.Equal(DistributionKind.LogNormal, type.OnSceneMinutes.Kind);
        _offeredLoad = run.ArrivalsPerMinute(Channel.Emergency) * type.OnSceneMinutes.Mean;

        // "Infinite" servers: the chance that every unit is busy at once must be negligible.
        Assert.True(1 - PoissonAtMost(_offeredLoad, run.Units() - 1) < 1e-12);
    }

    [Fact]
    public void Scenario_is_the_documented_M_G_infinity_queue() => Assert.Equal(22.5, _offeredLoad, 12);

    [Fact]
    public void Mean_busy_units_matches_offered_load() =>
        ConfidenceCheck.Contains("mean busy units", _offeredLoad, _run.Values("response.units_busy_mean"));

    [Fact]
    public void Variance_of_busy_units_matches_Poisson() =>
        ConfidenceCheck.Contains("variance of busy units", _offeredLoad, _run.Values("response.units_busy_variance"));

    /// <summary>
    /// Levels near the mean are occupied about 8% of the time and measured to about ±2%; the tails (15 and 30,
    /// about 2.5% of the time each) are visited in fewer, correlated stretches and measured to about ±5%, so they
    /// may be up to ±8%.
    /// </summary>
    [Theory]
    [InlineData(15, 0.08)]
    [InlineData(20, 0.05)]
    [InlineData(22, 0.05)]
    [InlineData(25, 0.05)]
    [InlineData(30, 0.08)]
    public void Share_of_time_with_k_units_busy_matches_Poisson(int k, double maxRelativeHalfWidth)
    {
        var shares = _run.Result.Replications
            .Select(r => (double?)r.Tally!.AllForces().Response.BusyUnits.Share(k))
            .ToList();
        ConfidenceCheck.Contains($"share of time with {k} units busy", QueueingFormulas.PoissonProbability(_offeredLoad, k), shares, maxRelativeHalfWidth);
    }

    private static double PoissonAtMost(double mean, int k) =>
        Enumerable.Range(0, k + 1).Sum(i => QueueingFormulas.PoissonProbability(mean, i));
}
