using ForceSim.Engine.Running;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// One validation scenario loaded and run once with tallies kept. Used as an xunit class fixture so each scenario
/// runs once per test class however many checks read it. The helpers read the textbook parameters back out of the
/// scenario (and check they are the textbook kind) so the exact formulas are computed from what was simulated.
/// </summary>
public abstract class ValidationRun : IAsyncLifetime
{
    protected ValidationRun(string fileName)
    {
        Scenario = TestScenarios.Load($"validation/{fileName}");
    }

    public Scenario Scenario { get; }

    public ExperimentResult Result { get; private set; } = null!;

    public async Task InitializeAsync() => Result = await ExperimentRunner.RunAsync(Scenario, new ExperimentOptions { KeepTallies = true });

    public Task DisposeAsync() => Task.CompletedTask;

    public ControlRoomSettings Room => Scenario.ControlRooms.Single();

    public ForceSettings Force => Scenario.Forces.Single();

    /// <summary>A measure's value in each replication; fails if any replication lacks it.</summary>
    public IReadOnlyList<double?> Values(string measure) =>
        [.. Result.Replications.Select(r => r.Measures.TryGetValue(measure, out var value) && value.HasValue
            ? value
            : throw new Xunit.Sdk.XunitException($"Replication {r.Replication} has no value for {measure}."))];

    /// <summary>Poisson arrival rate per minute on a channel of a flat demand profile.</summary>
    public double ArrivalsPerMinute(Channel channel)
    {
        var demand = Force.Demand;
        Assert.True(demand.HourOfDay.Count == 0 && demand.DayOfWeek.Count == 0 && demand.HourOfWeek.Count == 0 && demand.Month.Count == 0, "Textbook demand must be flat.");
        return demand.AnnualVolume[channel] / (365.0 * 1440.0);
    }

    /// <summary>Handlers on duty all day (a single round-the-clock shift, none reserved or abstracted).</summary>
    public int Handlers()
    {
        var handlers = Room.CallHandlers;
        Assert.False(handlers.Unlimited);
        Assert.Equal(0, handlers.ReservedForEmergency);
        Assert.Equal(0, handlers.AbstractionRate);
        return RoundTheClock(handlers.Shifts);
    }

    /// <summary>Response units on duty all day (a single round-the-clock shift, never abstracted).</summary>
    public int Units()
    {
        var response = Force.Response;
        Assert.Equal(0, response.Abstraction.Total);
        Assert.Equal(0, response.PaperworkMinutesPerCrime);
        return RoundTheClock(response.Shifts);
    }

    /// <summary>The rate (per minute) of an exponential distribution given in minutes.</summary>
    public static double ExponentialRatePerMinute(Distribution? minutes)
    {
        Assert.NotNull(minutes);
        Assert.Equal(DistributionKind.Exponential, minutes.Kind);
        return 1 / minutes.Mean;
    }

    private static int RoundTheClock(IReadOnlyList<StaffShift> shifts)
    {
        var shift = Assert.Single(shifts);
        Assert.Equal(0, shift.StartHour);
        Assert.Equal(24, shift.Hours);
        return shift.Count;
    }
}

public sealed class ErlangCRun() : ValidationRun("erlang-c.yaml");

public sealed class ErlangARun() : ValidationRun("erlang-a.yaml");

public sealed class PriorityRun() : ValidationRun("priority-mm20.yaml");

public sealed class MgInfinityRun() : ValidationRun("mg-infinity.yaml");
