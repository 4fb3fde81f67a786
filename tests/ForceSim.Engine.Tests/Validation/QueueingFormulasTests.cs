namespace ForceSim.Engine.Tests.Validation;

/// <summary>The exact formulas the validation tests rely on, checked against published values and each other.</summary>
public sealed class QueueingFormulasTests
{
    [Theory]
    [InlineData(1, 0.5, 0.5)] // M/M/1: P(wait) = ρ
    [InlineData(2, 1.0, 1 / 3.0)] // M/M/2 at ρ = 0.5: 2ρ²/(1 + ρ)
    [InlineData(10, 8.0, 0.409180150796)] // published table value
    public void Erlang_C_matches_known_values(int servers, double load, double expected) =>
        Assert.Equal(expected, QueueingFormulas.ErlangC(servers, load), 9);

    [Theory]
    [InlineData(1, 0.5, 1 / 3.0)] // one server: a/(1 + a)
    [InlineData(2, 1.0, 0.2)] // (a²/2) / (1 + a + a²/2)
    [InlineData(10, 8.0, 0.121661)] // published table value
    public void Erlang_B_matches_known_values(int servers, double load, double expected) =>
        Assert.Equal(expected, QueueingFormulas.ErlangB(servers, load), 6);

    [Fact]
    public void Erlang_C_stays_finite_for_very_large_rooms()
    {
        // a^c/c! overflows a double long before c = 2000; the recursion must not.
        var value = QueueingFormulas.ErlangC(2000, 1950);
        Assert.InRange(value, 0.0, 1.0);
    }

    [Theory]
    [InlineData(10, 8.0)]
    [InlineData(12, 11.0)]
    public void Erlang_A_tends_to_Erlang_C_as_callers_become_very_patient(int servers, double load) =>
        Assert.Equal(QueueingFormulas.ErlangCQueueLength(servers, load), QueueingFormulas.ErlangAQueueLength(servers, load, 1, 1e-9), 5);

    [Fact]
    public void Erlang_A_with_patience_as_long_as_handling_is_a_Poisson_M_M_infinity_queue()
    {
        // θ = μ makes the death rate kμ in every state: the number in system is Poisson(a).
        const int Servers = 12;
        const double Load = 12;
        var expected = Enumerable.Range(Servers + 1, 200).Sum(k => (k - Servers) * QueueingFormulas.PoissonProbability(Load, k));
        Assert.Equal(expected, QueueingFormulas.ErlangAQueueLength(Servers, Load, 1, 1), 12);
    }

    [Theory]
    [InlineData(20, 17.0, 0.3)]
    [InlineData(10, 8.0, 0.5)]
    [InlineData(3, 2.5, 0.1)]
    public void Cobham_waits_average_to_the_Erlang_C_wait(int servers, double arrivalRate, double firstShare)
    {
        double[] rates = [arrivalRate * firstShare, arrivalRate * (1 - firstShare)];
        var waits = QueueingFormulas.CobhamWaits(servers, rates, 1);
        var weighted = ((rates[0] * waits[0]) + (rates[1] * waits[1])) / arrivalRate;
        var fcfs = QueueingFormulas.ErlangCMeanWait(servers, arrivalRate, 1);
        Assert.Equal(fcfs, weighted, 1e-12 * fcfs);
        Assert.True(waits[0] < waits[1]);
    }

    [Fact]
    public void Poisson_probabilities_sum_to_one() =>
        Assert.Equal(1, Enumerable.Range(0, 200).Sum(k => QueueingFormulas.PoissonProbability(22.5, k)), 12);
}
