using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.IncidentLogs;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.IncidentLogs;

/// <summary>An incident log is a view of a run for export: it changes no result and sees every incident the run closes.</summary>
public sealed class IncidentLogTests
{
    [Fact]
    public void A_run_with_an_incident_log_measures_exactly_what_a_run_without_one_does()
    {
        var model = new CompiledScenario(TestScenarios.ShortCambridgeshire(days: 20, replications: 1));
        var without = ReplicationRunner.Measure(model, 0, new InProcessRun(model, 0).Run(), keepTally: false);
        var log = new CountingLog();
        var with = ReplicationRunner.Measure(model, 0, new InProcessRun(model, 0, log).Run(), keepTally: false);

        Assert.True(log.Counted > 1000, $"only {log.Counted} incidents logged");
        Assert.Equal(without.Measures, with.Measures);
        Assert.Equal(without.EventsProcessed, with.EventsProcessed);
    }

    [Fact]
    public void The_log_holds_each_graded_incident_of_the_measured_period_that_closed_before_the_end()
    {
        var model = new CompiledScenario(TestScenarios.ShortCambridgeshire(days: 20, replications: 1));
        var log = new CountingLog();
        var tally = new InProcessRun(model, 0, log).Run();
        var graded = tally.Forces[0].Response.Incidents;

        for (var g = 0; g < 4; g++)
        {
            // Incidents still open when the run ends (a few hours' worth at most) are graded but never closed.
            Assert.InRange(log.ByGrade[g], graded[g] - ((graded[g] / 100) + 50), graded[g]);
        }

        Assert.All(log.Attended, a => Assert.True(a.Arrived >= a.Dispatched && a.Cleared >= a.Arrived, $"times out of order: {a}"));
    }

    private sealed class CountingLog : IIncidentLog
    {
        public long Counted { get; private set; }

        public long[] ByGrade { get; } = new long[4];

        public List<(double Dispatched, double Arrived, double Cleared)> Attended { get; } = [];

        public void Closed(in IncidentRecord incident)
        {
            if (!incident.Counted)
            {
                return;
            }

            Counted++;
            ByGrade[(int)incident.Grade]++;
            if (incident.Attended)
            {
                Attended.Add((incident.DispatchedAt, incident.ArrivedAt, incident.ClearedAt));
            }
        }
    }
}
