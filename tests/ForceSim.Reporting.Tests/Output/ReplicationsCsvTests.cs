using System.Globalization;
using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Tests.Output;

public class ReplicationsCsvTests
{
    [Fact]
    public void Has_a_header_and_one_row_per_replication_and_measure_in_order()
    {
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("b.count", 3.0), ("a.rate", 0.5)),
            TestResults.Replication(1, ("b.count", 4.0), ("a.rate", 0.25)));

        var csv = ReplicationsCsv.Render(result);

        Assert.Equal(
            "replication,measure,value\n" +
            "0,a.rate,0.5\n" +
            "0,b.count,3\n" +
            "1,a.rate,0.25\n" +
            "1,b.count,4\n",
            csv);
    }

    [Fact]
    public void A_null_measure_is_an_empty_value()
    {
        var result = TestResults.Experiment(TestResults.Replication(0, ("a.rate", null), ("b.rate", 0.5)));

        var csv = ReplicationsCsv.Render(result);

        Assert.Equal("replication,measure,value\n0,a.rate,\n0,b.rate,0.5\n", csv);
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_whatever_the_current_culture()
    {
        var result = TestResults.Experiment(TestResults.Replication(12345, ("a.rate", -1234.5)));
        var commaDecimals = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
        commaDecimals.NumberFormat.NumberGroupSeparator = ".";
        commaDecimals.NumberFormat.NegativeSign = "~";
        var previous = CultureInfo.CurrentCulture;
        string csv;
        string forces;
        try
        {
            CultureInfo.CurrentCulture = commaDecimals;
            csv = ReplicationsCsv.Render(result);
            forces = ReplicationsCsv.RenderForces(result);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal("replication,measure,value\n12345,a.rate,-1234.5\n", csv);
        Assert.Equal($"replication,force,measure,value\n12345,{TestResults.Force},a.rate,-1234.5\n", forces);
    }

    [Fact]
    public void Values_read_back_to_exactly_the_same_double()
    {
        var values = new[] { 0.1 + 0.2, Math.PI, 1e-300, 6.02214076e23, 2.0 / 3.0, double.Epsilon };
        var replication = TestResults.Replication(0, [.. values.Select((v, i) => ($"m{i}", (double?)v))]);

        var rows = ReplicationsCsv.Render(TestResults.Experiment(replication)).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];

        Assert.Equal(values.Length, rows.Length);
        foreach (var row in rows)
        {
            var cells = row.Split(',');
            var index = int.Parse(cells[1][1..], CultureInfo.InvariantCulture);
            Assert.Equal(BitConverter.DoubleToInt64Bits(values[index]), BitConverter.DoubleToInt64Bits(double.Parse(cells[2], CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Force_file_has_one_row_per_replication_force_and_measure()
    {
        var replication = TestResults.Replication(0, ("a.rate", 0.5)) with
        {
            Forces = new SortedDictionary<string, SortedDictionary<string, double?>>(StringComparer.Ordinal)
            {
                ["west"] = TestResults.Measures(("a.rate", 0.1), ("b.rate", null)),
                ["east"] = TestResults.Measures(("a.rate", 0.9)),
            },
        };
        var result = TestResults.Experiment(replication, replication with { Replication = 1 });

        var csv = ReplicationsCsv.RenderForces(result);

        Assert.Equal(
            "replication,force,measure,value\n" +
            "0,east,a.rate,0.9\n" +
            "0,west,a.rate,0.1\n" +
            "0,west,b.rate,\n" +
            "1,east,a.rate,0.9\n" +
            "1,west,a.rate,0.1\n" +
            "1,west,b.rate,\n",
            csv);
    }

    [Fact]
    public void A_simulated_result_gives_replications_times_measures_rows_with_three_cells_each()
    {
        var result = TestResults.Simulated;

        var lines = ReplicationsCsv.Render(result).Split('\n');

        Assert.Equal("replication,measure,value", lines[0]);
        Assert.Equal("", lines[^1]);
        var rows = lines[1..^1];
        Assert.Equal(result.Replications.Sum(r => r.Measures.Count), rows.Length);
        Assert.All(rows, r => Assert.Equal(3, r.Split(',').Length));
        Assert.DoesNotContain('\r', string.Join("", lines));
        Assert.Equal(result.Replications.Count * result.Summary.Count, rows.Length);
    }

    [Fact]
    public void An_experiment_without_replications_renders_only_the_headers()
    {
        var result = TestResults.Experiment();

        Assert.Equal("replication,measure,value\n", ReplicationsCsv.Render(result));
        Assert.Equal("replication,force,measure,value\n", ReplicationsCsv.RenderForces(result));
    }
}
