using ForceSim.Engine.Compilation;
using ForceSim.Engine.Costing;
using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Running;

/// <summary>Runs one replication on the in-process host and computes its measures.</summary>
public static class ReplicationRunner
{
    public static ReplicationResult Run(CompiledScenario model, int replication, bool keepTally = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var tally = new InProcessRun(model, replication, retireVictims: true).Run(cancellationToken);
        return Measure(model, replication, tally, keepTally);
    }

    /// <summary>Measures from tallies; shared by every host so they report identically.</summary>
    public static ReplicationResult Measure(CompiledScenario model, int replication, ReplicationTally tally, bool keepTally)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tally);
        var scenario = model.Scenario;
        var allCosts = scenario.Forces.SelectMany(f => CostModel.ForForce(scenario, f))
            .GroupBy(c => c.Role)
            .Select(g => new RoleCostBreakdown(g.Key, g.Sum(c => c.Fte), g.Sum(c => c.AnnualGbp)))
            .ToList();
        var all = tally.AllForces();
        var rooms = tally.AllControlRooms();
        var overall = MeasureCalculator.Compute(all, rooms, model.Period, allCosts, model.CrimeClasses);
        StabilityMeasures.Add(overall, all, rooms, model.Period);
        InspectionMeasures.Compute(all.Inspection, overall);
        GradeIndicators.Add(model.Rubric, overall);
        var forces = new SortedDictionary<string, SortedDictionary<string, double?>>(StringComparer.Ordinal);
        foreach (var force in model.Forces)
        {
            var room = model.ControlRooms[force.ControlRoom].Forces.Count == 1 ? tally.ControlRooms[force.ControlRoom] : null;
            var measures = MeasureCalculator.Compute(tally.Forces[force.Index], room, model.Period, CostModel.ForForce(scenario, force.Settings), model.CrimeClasses);
            StabilityMeasures.Add(measures, tally.Forces[force.Index], room, model.Period);
            InspectionMeasures.Compute(tally.Forces[force.Index].Inspection, measures);
            GradeIndicators.Add(model.Rubric, measures);
            if (force.Geography is { ReportsPlaces: true } geography)
            {
                PlaceMeasures.Add(measures, tally.Forces[force.Index].Places, geography);

                // With one force the overall measures are that force's, places included.
                if (model.Forces.Length == 1)
                {
                    PlaceMeasures.Add(overall, tally.Forces[force.Index].Places, geography);
                }
            }

            forces[force.Id] = measures;
        }

        return new ReplicationResult
        {
            Replication = replication,
            Measures = overall,
            Forces = forces,
            EventsProcessed = tally.EventsProcessed,
            Tally = keepTally ? tally : null,
        };
    }
}
