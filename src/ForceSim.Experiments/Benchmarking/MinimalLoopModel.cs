using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// The textbook queue a benchmark scenario describes, read out of the scenario itself so the hand-written loop
/// simulates exactly what the engine is timed on: Poisson arrivals, one round-the-clock pool of units, priority classes
/// by grade (most urgent first) with exponential on-scene times, instant answering and travel.
/// </summary>
/// <param name="Units">Response units on duty all day.</param>
/// <param name="ArrivalsPerMinute">Poisson rate of all incidents.</param>
/// <param name="ClassShares">Share of incidents in each priority class, most urgent first.</param>
/// <param name="ClassServiceMinutes">Mean (exponential) on-scene minutes of each class.</param>
/// <param name="HorizonMinutes">Simulated time; incidents arriving after it are not simulated.</param>
/// <param name="Seed">Seed of the loop's one generator.</param>
public sealed record MinimalLoopModel(int Units, double ArrivalsPerMinute, IReadOnlyList<double> ClassShares, IReadOnlyList<double> ClassServiceMinutes, double HorizonMinutes, long Seed)
{
    /// <summary>Arrival rate of each class per minute, most urgent first (what the queueing formulas take).</summary>
    public IReadOnlyList<double> ClassArrivalsPerMinute => [.. ClassShares.Select(s => s * ArrivalsPerMinute)];

    /// <summary>Reads the queue out of a single-force, flat-demand, 999-only scenario such as benchmarks/canonical-mm20.yaml.</summary>
    public static MinimalLoopModel From(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Forces.Count != 1)
        {
            throw new InvalidRequestException($"The minimal loop needs a one-force scenario ('{scenario.Name}' has {scenario.Forces.Count}).");
        }

        var force = scenario.Forces[0];
        var shift = force.Response.Shifts.Count == 1 ? force.Response.Shifts[0] : null;
        if (shift is not { StartHour: 0, Hours: 24 }
            || force.Demand.AnnualVolume.Any(v => v.Key != Channel.Emergency && v.Value > 0)
            || force.Demand.HourOfDay.Count + force.Demand.DayOfWeek.Count + force.Demand.HourOfWeek.Count + force.Demand.Month.Count > 0
            || force.IncidentTypes.Any(t => t.OnSceneMinutes.Kind != DistributionKind.Exponential || t.Units != 1))
        {
            throw new InvalidRequestException($"The minimal loop needs one round-the-clock shift, flat 999 demand only and exponential on-scene times of one unit ('{scenario.Name}').");
        }

        var classes = force.IncidentTypes.GroupBy(t => t.Grade).OrderBy(g => g.Key).ToList();
        var total = force.IncidentTypes.Sum(t => t.Share.GetValueOrDefault(Channel.Emergency));
        var shares = classes.Select(g => g.Sum(t => t.Share.GetValueOrDefault(Channel.Emergency)) / total).ToList();
        var service = classes.Select(g => g.Select(t => t.OnSceneMinutes.Mean).Distinct().Count() == 1
            ? g.First().OnSceneMinutes.Mean
            : throw new InvalidRequestException($"The minimal loop needs one on-scene mean per grade ('{scenario.Name}', {g.Key}).")).ToList();
        return new MinimalLoopModel(
            shift.Count,
            force.Demand.AnnualVolume.GetValueOrDefault(Channel.Emergency) / (365.0 * 1440.0),
            shares,
            service,
            scenario.Run.HorizonDays * 1440.0,
            scenario.Run.Seed);
    }
}
