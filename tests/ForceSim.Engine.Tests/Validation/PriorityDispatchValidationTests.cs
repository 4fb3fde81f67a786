using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// Dispatch as a textbook non-preemptive priority M/M/c queue (priority-mm20.yaml: 17 incidents an hour, 30%
/// emergency and 70% priority, exponential on-scene time with mean 60 minutes, c = 20 units, instant answering and
/// travel) against Cobham's exact mean waits by class.
/// </summary>
public sealed class PriorityDispatchValidationTests : IClassFixture<PriorityRun>
{
    private static readonly string[] Grades = ["emergency", "priority"];

    private readonly PriorityRun _run;
    private readonly int _c;
    private readonly double[] _lambda;
    private readonly double _mu;

    public PriorityDispatchValidationTests(PriorityRun run)
    {
        _run = run;
        _c = run.Units();
        Assert.True(run.Room.CallHandlers.Unlimited);
        Assert.Equal(0, run.Room.Channels[Channel.Emergency].HandleMinutes.Mean);
        Assert.Equal(TravelModel.Distribution, run.Force.Travel.Model);
        Assert.Equal(Distribution.Constant(0), run.Force.Travel.Minutes);

        // Per-minute arrival rate of each grade, in priority order, and the one service rate they share.
        var perMinute = run.ArrivalsPerMinute(Channel.Emergency);
        var types = run.Force.IncidentTypes;
        var totalShare = types.Sum(t => t.Share[Channel.Emergency]);
        Assert.All(types, t => Assert.Equal(1, t.Units));
        _lambda = [.. new[] { Grade.Emergency, Grade.Priority }.Select(g =>
            perMinute * types.Where(t => t.Grade == g).Sum(t => t.Share[Channel.Emergency]) / totalShare)];
        _mu = types.Select(t => ValidationRun.ExponentialRatePerMinute(t.OnSceneMinutes)).Distinct().Single();
    }

    [Fact]
    public void Scenario_is_the_documented_priority_M_M_20_queue()
    {
        Assert.Equal(20, _c);
        Assert.Equal(17 * 0.3 / 60, _lambda[0], 12);
        Assert.Equal(17 * 0.7 / 60, _lambda[1], 12);
        Assert.Equal(1 / 60.0, _mu, 12);
    }

    /// <summary>
    /// At ρ = 0.85 the lower class waits out every long busy period, so its mean wait varies a lot between
    /// replications: the 99% interval is about ±8% at these seeds (±4% for emergencies). The limits allow 1.5 times that.
    /// </summary>
    [Theory]
    [InlineData(0, 0.06)]
    [InlineData(1, 0.12)]
    public void Dispatch_wait_matches_Cobham(int grade, double maxRelativeHalfWidth) =>
        ConfidenceCheck.Contains(
            $"{Grades[grade]} dispatch wait (min)",
            QueueingFormulas.CobhamWaits(_c, _lambda, _mu)[grade],
            _run.Values($"response.dispatch_wait_minutes.{Grades[grade]}"),
            maxRelativeHalfWidth);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Incident_rate_matches_the_demand(int grade) =>
        ConfidenceCheck.Contains($"{Grades[grade]} incidents an hour", _lambda[grade] * 60, _run.Values($"response.incidents_per_hour.{Grades[grade]}"));

    [Fact]
    public void Mean_busy_units_is_the_offered_load() =>
        ConfidenceCheck.Contains("mean busy units", _lambda.Sum() / _mu, _run.Values("response.units_busy_mean"));

    [Fact]
    public void Cobham_waits_average_to_the_first_come_first_served_Erlang_C_wait()
    {
        // Work conservation: with one service rate, priority reorders the queue but cannot change the mean wait.
        var waits = QueueingFormulas.CobhamWaits(_c, _lambda, _mu);
        var weighted = ((_lambda[0] * waits[0]) + (_lambda[1] * waits[1])) / _lambda.Sum();
        var fcfs = QueueingFormulas.ErlangCMeanWait(_c, _lambda.Sum(), _mu);
        Assert.Equal(fcfs, weighted, 1e-12 * fcfs);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Dispatch_queue_obeys_Littles_law(int grade)
    {
        var name = Grades[grade];
        var lambdaW = _run.Result.Replications
            .Select(r => (double?)(r.Measures[$"response.incidents_per_hour.{name}"]!.Value / 60.0
                * r.Measures[$"response.dispatch_wait_minutes.{name}"]!.Value))
            .ToList();
        ConfidenceCheck.LittlesLaw($"{name} dispatch queue", _run.Values($"response.dispatch_queue_mean_length.{name}"), lambdaW);
    }
}
