using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// 101 answering as a textbook M/M/c+M queue (erlang-a.yaml: λ = 2.4 a minute, mean handle 5 minutes, c = 12,
/// exponential patience with mean 3 minutes) against the exact Erlang A birth-death chain.
/// </summary>
public sealed class ErlangAValidationTests : IClassFixture<ErlangARun>
{
    private readonly ErlangARun _run;
    private readonly int _c;
    private readonly double _lambda;
    private readonly double _mu;
    private readonly double _theta;

    public ErlangAValidationTests(ErlangARun run)
    {
        _run = run;
        _c = run.Handlers();
        _lambda = run.ArrivalsPerMinute(Channel.NonEmergency);
        var channel = run.Room.Channels[Channel.NonEmergency];
        _mu = ValidationRun.ExponentialRatePerMinute(channel.HandleMinutes);
        Assert.NotNull(channel.PatienceSeconds);
        Assert.Equal(DistributionKind.Exponential, channel.PatienceSeconds.Kind);
        Assert.Null(channel.SpillToEmergency);
        _theta = 60.0 / channel.PatienceSeconds.Mean;
    }

    [Fact]
    public void Scenario_is_the_documented_M_M_12_plus_M_queue()
    {
        Assert.Equal(12, _c);
        Assert.Equal(2.4, _lambda, 12);
        Assert.Equal(0.2, _mu, 12);
        Assert.Equal(1 / 3.0, _theta, 12);
    }

    [Fact]
    public void Abandonment_matches_Erlang_A() =>
        ConfidenceCheck.Contains(
            "P(abandon)",
            QueueingFormulas.ErlangAAbandonment(_c, _lambda, _mu, _theta),
            _run.Values("contact.non_emergency_abandoned"));

    [Fact]
    public void Mean_queue_length_matches_Erlang_A() =>
        ConfidenceCheck.Contains(
            "mean queue length",
            QueueingFormulas.ErlangAQueueLength(_c, _lambda, _mu, _theta),
            _run.Values("contact.non_emergency_queue_mean_length"));

    [Fact]
    public void Handler_utilisation_matches_the_answered_load()
    {
        // Those who do not abandon are served: utilisation = λ(1 − P(abandon)) / (cμ).
        var answered = _lambda * (1 - QueueingFormulas.ErlangAAbandonment(_c, _lambda, _mu, _theta));
        ConfidenceCheck.Contains("handler utilisation", answered / (_c * _mu), _run.Values("contact.handler_utilisation"));
    }

    [Fact]
    public void Queue_obeys_Littles_law()
    {
        // W is the mean time in queue of every caller who left it, answered or abandoned.
        var lambdaW = _run.Result.Replications
            .Select(r => (double?)(r.Measures["contact.non_emergency_contacts_per_day"]!.Value / 1440.0
                * (r.Measures["contact.non_emergency_mean_queue_seconds"]!.Value / 60.0)))
            .ToList();
        ConfidenceCheck.LittlesLaw("101 answering queue", _run.Values("contact.non_emergency_queue_mean_length"), lambdaW);
    }
}
