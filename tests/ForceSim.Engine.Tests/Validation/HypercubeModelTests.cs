namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// The exact hypercube solver checked against results it shares nothing with: M/M/1, Erlang B and C (the number of
/// busy units is M/M/N's whatever the preferences, since no call waits while a unit is free), symmetry, and the
/// published three-unit example.
/// </summary>
public sealed class HypercubeModelTests
{
    private const int Precision = 10;

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.8)]
    public void One_unit_with_a_queue_is_M_M_1(double lambda)
    {
        var solution = Solve(1, [new("all", lambda, [0])], LineCapacity.Infinite, serviceRate: 1);
        Assert.Equal(lambda, solution.Workloads[0], Precision);
        Assert.Equal(lambda, solution.AllBusy, Precision);
        Assert.Equal(lambda / (1 - lambda), solution.MeanQueueWait, Precision); // Wq = ρ/(μ − λ)
        Assert.Equal(1, solution.Shares[0][0], Precision);
    }

    [Fact]
    public void One_unit_that_loses_calls_when_busy_is_busy_a_over_1_plus_a_of_the_time()
    {
        var solution = Solve(1, [new("all", 0.5, [0])], LineCapacity.Zero, serviceRate: 0.25);
        Assert.Equal(2 / 3.0, solution.Workloads[0], Precision);
        Assert.Equal(1 / 3.0, solution.Shares[0][0], Precision);
    }

    [Theory]
    [InlineData(4, 1.0)]
    [InlineData(4, 3.0)]
    [InlineData(6, 4.5)]
    public void Symmetric_city_that_loses_calls_matches_Erlang_B(int units, double load)
    {
        var solution = Solve(units, RingCity(units, load), LineCapacity.Zero, serviceRate: 1);
        var blocking = QueueingFormulas.ErlangB(units, load);
        Assert.Equal(blocking, solution.AllBusy, Precision);
        Assert.All(solution.Workloads, w => Assert.Equal(load * (1 - blocking) / units, w, Precision));
        Assert.All(solution.Shares, s => Assert.Equal(1 - blocking, s.Sum(), Precision));
        for (var k = 0; k <= units; k++)
        {
            Assert.Equal(ErlangLossState(units, load, k), solution.BusyUnits[k], Precision);
        }
    }

    [Theory]
    [InlineData(4, 2.0)]
    [InlineData(5, 4.2)]
    public void Symmetric_city_with_a_queue_matches_Erlang_C(int units, double load)
    {
        var solution = Solve(units, RingCity(units, load), LineCapacity.Infinite, serviceRate: 1);
        Assert.Equal(QueueingFormulas.ErlangC(units, load), solution.AllBusy, Precision);
        Assert.Equal(QueueingFormulas.ErlangCMeanWait(units, load, 1), solution.MeanQueueWait, Precision);
        Assert.All(solution.Workloads, w => Assert.Equal(load / units, w, Precision));
        Assert.All(solution.Shares, s => Assert.Equal(1, s.Sum(), Precision));
    }

    [Fact]
    public void Symmetric_city_sends_each_atom_its_own_unit_most_and_its_last_choice_least()
    {
        var solution = Solve(4, RingCity(4, 2.4), LineCapacity.Infinite, serviceRate: 1);
        var shares = solution.Shares[0];
        Assert.True(shares[0] > shares[1] && shares[1] > shares[2] && shares[2] > shares[3], string.Join(", ", shares));
    }

    [Theory]
    [InlineData(LineCapacity.Zero)]
    [InlineData(LineCapacity.Infinite)]
    public void Busy_units_follow_M_M_N_whatever_the_preferences(LineCapacity queue)
    {
        var solution = Solve(3, LarsonThreeUnitExample.Atoms, queue, LarsonThreeUnitExample.ServiceRate);
        const double Load = 1.5;
        var lost = queue == LineCapacity.Zero;
        Assert.Equal(lost ? QueueingFormulas.ErlangB(3, Load) : QueueingFormulas.ErlangC(3, Load), solution.AllBusy, Precision);
        Assert.Equal(lost ? Load * (1 - solution.AllBusy) : Load, solution.Workloads.Sum(), Precision);
        Assert.NotEqual(solution.Workloads[0], solution.Workloads[1], 2); // yet the units' shares differ
    }

    [Fact]
    public void Larsons_three_unit_example_reproduces_the_published_workloads_and_cross_area_share()
    {
        var solution = Solve(3, LarsonThreeUnitExample.Atoms, LineCapacity.Infinite, LarsonThreeUnitExample.ServiceRate);
        for (var n = 0; n < 3; n++)
        {
            Assert.Equal(LarsonThreeUnitExample.PublishedWorkloads[n], solution.Workloads[n], 4);
        }

        Assert.Equal(LarsonThreeUnitExample.PublishedAllBusy, solution.AllBusy, 5);

        // Published to five places as 0.43529; this solve gives 0.43533 (the book's state probabilities were rounded).
        Assert.Equal(LarsonThreeUnitExample.PublishedCrossAreaShare, solution.NotFirstPreference, 0.0001);
    }

    [Fact]
    public void State_probabilities_sum_to_one_once_the_queue_tail_is_counted()
    {
        var solution = Solve(3, LarsonThreeUnitExample.Atoms, LineCapacity.Infinite, LarsonThreeUnitExample.ServiceRate);
        var cube = solution.States.Sum();
        var full = solution.States[^1];
        Assert.Equal(1, cube - full + solution.AllBusy, Precision);
        Assert.True(solution.AllBusy > full);
    }

    [Fact]
    public void Model_refuses_a_queue_that_would_grow_without_bound() =>
        Assert.Throws<ArgumentException>(() => new HypercubeModel(2, [new("all", 2.0, [0, 1])], 1, LineCapacity.Infinite));

    [Fact]
    public void Model_refuses_a_preference_order_that_misses_a_unit() =>
        Assert.Throws<ArgumentException>(() => new HypercubeModel(3, [new("all", 1.0, [0, 1, 1])], 1, LineCapacity.Zero));

    private static HypercubeSolution Solve(int units, IReadOnlyList<HypercubeAtom> atoms, LineCapacity queue, double serviceRate) =>
        new HypercubeModel(units, atoms, serviceRate, queue).Solve();

    /// <summary>N atoms on a ring, one unit each, equal rates; each prefers its own unit, then the next ones round the ring.</summary>
    private static HypercubeAtom[] RingCity(int units, double load) =>
        [.. Enumerable.Range(0, units).Select(j => new HypercubeAtom($"atom {j}", load / units, [.. Enumerable.Range(0, units).Select(k => (j + k) % units)]))];

    /// <summary>P(k busy) in M/M/N/N: (a^k/k!) / Σ_{i≤N} a^i/i!.</summary>
    private static double ErlangLossState(int units, double load, int k)
    {
        var terms = new double[units + 1];
        terms[0] = 1;
        for (var i = 1; i <= units; i++)
        {
            terms[i] = terms[i - 1] * load / i;
        }

        return terms[k] / terms.Sum();
    }
}
