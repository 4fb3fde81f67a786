using System.Globalization;
using ForceSim.Experiments.Sweeping;
using ForceSim.Experiments.Tests.Support;
using ForceSim.Model.Experiments;
using ForceSim.Reporting.Sweeps;

namespace ForceSim.Experiments.Tests.Sweeping;

/// <summary><c>sweep</c> as a service: the design's layout stays in the application layer, and the outcome carries the tornado.</summary>
public sealed class SweepServiceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_one_at_a_time_sweep_s_tornado_comes_from_the_service_and_is_what_tornado_csv_holds()
    {
        var experiment = WriteExperiment("""
            design:
              type: one_at_a_time
              factors:
                - path: forces.textbook_force.response.shifts[0].units   # nothing is dispatched: no effect
                  low: 1
                  high: 3
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  low: 9
                  high: 12
            measures: [contact.emergency_mean_answer_seconds]
            """);
        var reports = new List<SweepProgress>();

        var outcome = await SweepService.RunAsync(
            new SweepRequest { ExperimentPath = experiment, Overrides = ["run.horizon_days=2"], OutputDirectory = _temp["out"] },
            new Reports<SweepProgress>(reports.Add));

        Assert.Equal(5, outcome.Variants);
        Assert.Equal(["staff", "units"], outcome.Tornado.Select(b => b.Factor));
        var staff = outcome.Tornado[0];
        Assert.True(staff.Low > staff.Base && staff.Base > staff.High, "9 handlers wait longer than the base 10, 12 shorter");
        Assert.Equal(0, outcome.Tornado[1].Swing);
        Assert.Equal(TornadoCsv.Render(outcome.Tornado), File.ReadAllText(Path.Combine(_temp["out"], "tornado.csv")));
        var start = Assert.IsType<SweepStarting>(reports[0]);
        Assert.Equal((DesignType.OneAtATime, 5, 0), (start.Experiment.Design, start.Variants, start.Resumed));
        Assert.Equal(5, reports.OfType<VariantsFinished>().Max(r => r.Done));
    }

    [Fact]
    public async Task A_factorial_sweep_has_no_tornado_and_writes_every_variant_s_rows()
    {
        var experiment = WriteExperiment("""
            design:
              type: factorial
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  values: [9, 12]
            measures: [contact.emergency_mean_answer_seconds]
            """);

        var outcome = await SweepService.RunAsync(new SweepRequest { ExperimentPath = experiment, Overrides = ["run.horizon_days=2"], OutputDirectory = _temp["out"] });

        Assert.Empty(outcome.Tornado);
        Assert.DoesNotContain(outcome.Files, f => f.EndsWith("tornado.csv", StringComparison.Ordinal));
        var rows = File.ReadAllLines(Path.Combine(_temp["out"], "sweep.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["0,9", "0,9", "1,12", "1,12"], rows.Select(r => $"{r[0]},{r[2]}"));
        Assert.All(rows, r => Assert.True(double.Parse(r[4], CultureInfo.InvariantCulture) >= 0));
    }

    [Fact]
    public async Task An_invalid_variant_is_refused_naming_the_variant_and_factor_before_anything_runs()
    {
        var experiment = WriteExperiment("""
            design:
              type: factorial
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  values: [9, 20000]
            """);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => SweepService.RunAsync(new SweepRequest { ExperimentPath = experiment, OutputDirectory = _temp["out"] }));

        Assert.Contains("variant 1 (staff=20000): factor control_rooms[0].call_handlers.shifts[0].staff: control_rooms[0].call_handlers.shifts[0].staff: must be a whole number from 0 to 10000 (got 20000)", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    private string WriteExperiment(string design)
    {
        var scenario = ScenarioCopies.Shipped("validation/erlang-c.yaml").Replace("\\", "/", StringComparison.Ordinal);
        return ScenarioCopies.Write(_temp, "experiment.yaml", $"name: Erlang C sweep\nscenario: {scenario}\nreplications: 2\n" + design + "\n");
    }
}
