using Xunit.Abstractions;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// The engine's dispatch by place against the exact hypercube model (docs/validation-hypercube.md): each unit's
/// workload and the share of each area's calls served by each unit, inside the replications' confidence
/// intervals, held to 99% as a family (<see cref="SimultaneousConfidence"/>).
/// </summary>
public abstract class HypercubeValidationTests<TRun>(TRun run, ITestOutputHelper output) : IClassFixture<TRun>
    where TRun : HypercubeRun
{
    /// <summary>Workloads near 0.5 get 99% intervals of about ±0.005 over 20 replications of a year; ±0.02 would mean a useless run.</summary>
    private const double WorkloadHalfWidth = 0.02;

    /// <summary>Dispatch shares are proportions of a few thousand calls a replication; their intervals stay well within ±0.03.</summary>
    private const double ShareHalfWidth = 0.03;

    private readonly HypercubeSolution _exact = run.Model().Solve();

    protected TRun Run { get; } = run;

    protected HypercubeSolution Exact => _exact;

    [Fact]
    public void Each_units_workload_matches_the_hypercube()
    {
        var checks = Run.Stations
            .Select((station, n) => new SimultaneousConfidence.Check($"workload of the unit at {station}", _exact.Workloads[n], Run.Values($"response.station.{station}.utilisation")))
            .ToList();
        Print(SimultaneousConfidence.AllContain("unit workloads", checks, WorkloadHalfWidth));
    }

    [Fact]
    public void Share_of_each_areas_calls_served_by_each_unit_matches_the_hypercube()
    {
        var checks = new List<SimultaneousConfidence.Check>();
        for (var j = 0; j < Run.Areas.Count; j++)
        {
            for (var n = 0; n < Run.Stations.Count; n++)
            {
                checks.Add(new($"share of {Run.Areas[j]}'s calls served from {Run.Stations[n]}", _exact.Shares[j][n], DispatchShares(j, n)));
            }
        }

        Print(SimultaneousConfidence.AllContain("dispatch shares", checks, ShareHalfWidth));
    }

    [Fact]
    public void Cross_area_dispatch_share_matches_the_hypercube()
    {
        // Calls served by a unit based outside the call's area, whatever the preference order says.
        double away = 0, all = 0;
        for (var j = 0; j < Run.Areas.Count; j++)
        {
            for (var n = 0; n < Run.Stations.Count; n++)
            {
                var rate = Run.AreaRatesPerHour[j] * _exact.Shares[j][n];
                all += rate;
                away += Run.HomeAreas[n] == j ? 0 : rate;
            }
        }

        var summary = ConfidenceCheck.Contains("cross-area dispatch share", away / all, Run.Values("response.cross_area_dispatch"));
        output.WriteLine(FormattableString.Invariant($"cross-area share: exact {away / all:F4}; simulated {summary.Mean:F4} [{summary.Lower:F4}, {summary.Upper:F4}]"));
    }

    /// <summary>Waits vary between replications as long busy periods come and go: their 99% interval is about ±6%.</summary>
    [Fact]
    public void Mean_dispatch_wait_matches_the_M_M_N_queue_the_hypercube_contains()
    {
        var exact = _exact.MeanQueueWait * 60;
        var summary = ConfidenceCheck.Contains("mean dispatch wait (min)", exact, Run.Values("response.dispatch_wait_minutes.emergency"), 0.12);
        output.WriteLine(FormattableString.Invariant($"mean dispatch wait: exact {exact:F3} min; simulated {summary.Mean:F3} [{summary.Lower:F3}, {summary.Upper:F3}]"));
    }

    /// <summary>Per replication, the share of the area's dispatches that went to the unit based at the station.</summary>
    private List<double?> DispatchShares(int area, int station) =>
        [.. Run.Result.Replications.Select(r =>
        {
            var place = r.Tally!.AllForces().Places;
            var total = Enumerable.Range(0, Run.Stations.Count).Sum(s => place.Sent(area, s));
            return total == 0 ? (double?)null : (double)place.Sent(area, station) / total;
        })];

    private void Print(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }
}

/// <summary>Larson and Odoni's three-unit example (hypercube-larson.yaml) in the engine.</summary>
public sealed class LarsonHypercubeValidationTests(HypercubeLarsonRun run, ITestOutputHelper output)
    : HypercubeValidationTests<HypercubeLarsonRun>(run, output)
{
    [Fact]
    public void Scenario_is_the_books_example_in_hours()
    {
        Assert.Equal([0.50, 0.25, 0.35, 0.40], Run.AreaRatesPerHour.Select(r => Math.Round(r, 5)));
        Assert.Equal(LarsonThreeUnitExample.ServiceRate, Run.ServiceRatePerHour, 12);
        var model = Run.Model();
        var fromBook = new HypercubeModel(3, LarsonThreeUnitExample.Atoms, LarsonThreeUnitExample.ServiceRate, LineCapacity.Infinite).Solve();
        Assert.Equal(fromBook.Workloads, model.Solve().Workloads, (a, b) => Math.Abs(a - b) < 1e-5);
    }
}

/// <summary>Five stations along a road (hypercube-corridor.yaml) in the engine.</summary>
public sealed class CorridorHypercubeValidationTests(HypercubeCorridorRun run, ITestOutputHelper output)
    : HypercubeValidationTests<HypercubeCorridorRun>(run, output)
{
    [Fact]
    public void Scenario_is_the_documented_corridor()
    {
        Assert.Equal([0.4, 0.9, 0.5, 0.7, 0.5], Run.AreaRatesPerHour.Select(r => Math.Round(r, 5)));
        Assert.Equal(1, Run.ServiceRatePerHour, 12);
    }
}
