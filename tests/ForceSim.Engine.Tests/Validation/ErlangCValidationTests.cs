using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// 999 answering as a textbook M/M/c queue (erlang-c.yaml: λ = 1.6 a minute, mean handle 5 minutes, c = 10,
/// callers never hang up) against the exact Erlang C results.
/// </summary>
public sealed class ErlangCValidationTests : IClassFixture<ErlangCRun>
{
    /// <summary>
    /// Mean wait and queue length vary more between replications than the probabilities do (one long busy period
    /// moves them a lot): their 99% intervals are about ±4% at these seeds, so they may be up to ±6%.
    /// </summary>
    private const double WaitHalfWidth = 0.06;

    private readonly ErlangCRun _run;
    private readonly int _c;
    private readonly double _lambda;
    private readonly double _mu;

    public ErlangCValidationTests(ErlangCRun run)
    {
        _run = run;
        _c = run.Handlers();
        _lambda = run.ArrivalsPerMinute(Channel.Emergency);
        var channel = run.Room.Channels[Channel.Emergency];
        _mu = ValidationRun.ExponentialRatePerMinute(channel.HandleMinutes);
        Assert.Null(channel.PatienceSeconds);
    }

    private double Load => _lambda / _mu;

    [Fact]
    public void Scenario_is_the_documented_M_M_10_queue()
    {
        Assert.Equal(10, _c);
        Assert.Equal(1.6, _lambda, 12);
        Assert.Equal(0.2, _mu, 12);
    }

    [Fact]
    public void Every_caller_is_answered_because_nobody_hangs_up() =>
        Assert.All(_run.Values("contact.emergency_abandoned"), v => Assert.Equal(0, v));

    [Fact]
    public void Answer_wait_probability_matches_Erlang_C() =>
        ConfidenceCheck.Contains("P(wait)", QueueingFormulas.ErlangC(_c, Load), _run.Values("contact.emergency_p_wait"));

    [Fact]
    public void Mean_answer_wait_matches_Erlang_C() =>
        ConfidenceCheck.Contains(
            "mean answer wait (s)",
            QueueingFormulas.ErlangCMeanWait(_c, _lambda, _mu) * 60,
            _run.Values("contact.emergency_mean_answer_seconds"),
            WaitHalfWidth);

    [Fact]
    public void Share_answered_within_10_seconds_matches_Erlang_C_wait_distribution() =>
        ConfidenceCheck.Contains(
            "P(wait ≤ 10 s)",
            QueueingFormulas.ErlangCWaitAtMost(_c, _lambda, _mu, 10 / 60.0),
            _run.Values("contact.emergency_answered_within_10s"));

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(120)]
    [InlineData(300)]
    public void Answer_wait_distribution_matches_Erlang_C(int seconds)
    {
        // Every caller is answered here, so the answered callers' wait histogram is the whole wait distribution.
        var shares = _run.Result.Replications
            .Select(r => (double?)r.Tally!.AllForces().Contact.AnswerWait[(int)Channel.Emergency].FractionAtMost(seconds))
            .ToList();
        ConfidenceCheck.Contains($"P(wait ≤ {seconds} s)", QueueingFormulas.ErlangCWaitAtMost(_c, _lambda, _mu, seconds / 60.0), shares);
    }

    [Fact]
    public void Mean_queue_length_matches_Erlang_C() =>
        ConfidenceCheck.Contains("mean queue length", QueueingFormulas.ErlangCQueueLength(_c, Load), _run.Values("contact.emergency_queue_mean_length"), WaitHalfWidth);

    [Fact]
    public void Handler_utilisation_is_offered_load_per_handler() =>
        ConfidenceCheck.Contains("handler utilisation", Load / _c, _run.Values("contact.handler_utilisation"));

    [Fact]
    public void Queue_obeys_Littles_law()
    {
        var lambdaW = _run.Result.Replications
            .Select(r => (double?)(r.Measures["contact.emergency_contacts_per_day"]!.Value / 1440.0
                * (r.Measures["contact.emergency_mean_queue_seconds"]!.Value / 60.0)))
            .ToList();
        ConfidenceCheck.LittlesLaw("999 answering queue", _run.Values("contact.emergency_queue_mean_length"), lambdaW);
    }
}
