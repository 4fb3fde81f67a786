using System.Diagnostics;
using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>
/// <c>forcesim sweep</c> through the real CLI process, on the Erlang C validation scenario: a factorial sweep's CSV and
/// Parquet agree, a bad variant is named, an interrupted sweep resumes to the same bytes, and one-at-a-time gives tornado data.
/// </summary>
public sealed class SweepCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_factorial_sweep_writes_tidy_csv_and_parquet_with_the_same_rows_and_a_variants_table()
    {
        var experiment = WriteExperiment("""
            design:
              type: factorial
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  values: [9, 12]
                - path: control_rooms.textbook_room.channels.emergency.answer_target_seconds
                  values: [10, 20, 30]
            measures: [contact.emergency_mean_answer_seconds, 'contact.handler*']
            """);
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "sweep", experiment, "--set", "run.horizon_days=2", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var csv = File.ReadAllLines(Path.Combine(output, "sweep.csv"));
        Assert.Equal("variant,replication,staff,answer_target_seconds,measure,value", csv[0]);
        var rows = csv.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(6 * 2 * 2, rows.Count); // variants × replications × measures
        Assert.Equal(["9,10", "9,20", "9,30", "12,10", "12,20", "12,30"], rows.Where(r => r[1] == "0" && r[4] == "contact.handler_utilisation").Select(r => $"{r[2]},{r[3]}"));
        Assert.Equal(
            ["variant,staff,answer_target_seconds", "0,9,10", "1,9,20", "2,9,30", "3,12,10", "4,12,20", "5,12,30"],
            File.ReadAllLines(Path.Combine(output, "variants.csv")));
        var waitByStaff = rows.Where(r => r[4] == "contact.emergency_mean_answer_seconds").GroupBy(r => r[2]).ToDictionary(g => g.Key, g => g.Average(r => Number(r[5])));
        Assert.True(waitByStaff["12"] < waitByStaff["9"], "more handlers answer faster");

        var parquet = await ReadParquetAsync(Path.Combine(output, "sweep.parquet"));
        Assert.Equal(["variant", "replication", "staff", "answer_target_seconds", "measure", "value"], parquet.Columns);
        Assert.Equal(rows.Count, parquet.Rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i][0], parquet.Rows[i][0]);
            Assert.Equal(rows[i][1], parquet.Rows[i][1]);
            Assert.Equal(Number(rows[i][2]), Number(parquet.Rows[i][2]));
            Assert.Equal(Number(rows[i][3]), Number(parquet.Rows[i][3]));
            Assert.Equal(rows[i][4], parquet.Rows[i][4]);
            Assert.Equal(rows[i][5], parquet.Rows[i][5]);
        }

        Assert.False(Directory.Exists(Path.Combine(output, ".sweep-checkpoints")), "checkpoints are deleted once the sweep succeeds");
    }

    [Fact]
    public async Task An_invalid_variant_is_a_bad_input_error_naming_the_variant_and_factor_before_anything_runs()
    {
        var experiment = WriteExperiment("""
            design:
              type: factorial
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  values: [9, 20000]
            """);

        var result = await CliProcess.RunAsync(_temp.Path, "sweep", experiment, "-o", _temp["out"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("variant 1 (staff=20000): factor control_rooms[0].call_handlers.shifts[0].staff: control_rooms[0].call_handlers.shifts[0].staff: must be a whole number from 0 to 10000 (got 20000)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("variant 0", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp["out"], "sweep.csv")));
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task An_experiment_with_problems_lists_them_with_file_line_and_key_path()
    {
        var experiment = WriteExperiment("""
            design: {type: factorial, factors: [{path: run.seed, value: [1]}]}
            """);

        var result = await CliProcess.RunAsync(_temp.Path, "sweep", experiment);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Matches(@"experiment\.yaml:4:54: design\.factors\[0\]\.value: unknown key 'value'; did you mean 'values'\?", result.Error);
        Assert.Contains("experiment.yaml:4:37: design.factors[0]: missing required key 'values'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_killed_sweep_resumes_from_its_variant_checkpoints_and_gives_the_same_bytes_as_an_uninterrupted_sweep()
    {
        var experiment = WriteExperiment("""
            replications: 3
            design:
              type: latin_hypercube
              samples: 5
              seed: 11
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  min: 9
                  max: 13
                - path: control_rooms[0].channels.emergency.answer_target_seconds
                  min: 5
                  max: 30.5
            """);
        var reference = _temp["reference"];
        var first = await CliProcess.RunAsync(_temp.Path, "sweep", experiment, "-o", reference);
        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());

        var output = _temp["out"];
        int saved;
        using (var process = CliProcess.Start(_temp.Path, ["sweep", experiment, "--parallel", "1", "-o", output]))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            while (SavedVariants(output) == 0)
            {
                Assert.False(process.HasExited, "the sweep ended before any variant checkpoint was seen");
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "no variant checkpoint appeared within 90 s");
                await Task.Delay(10);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await Task.WhenAll(stdout, stderr);
            saved = SavedVariants(output);
        }

        Assert.InRange(saved, 1, 4);
        Assert.False(File.Exists(Path.Combine(output, "sweep.csv")));

        var resumed = await CliProcess.RunAsync(_temp.Path, "sweep", experiment, "-o", output);

        Assert.True(resumed.ExitCode == ExitCodes.Success, resumed.ToString());
        Assert.Contains($"Resuming: {saved} variant(s) already finished by an earlier run are reused.", resumed.Output, StringComparison.Ordinal);
        foreach (var file in new[] { "sweep.csv", "sweep.parquet", "variants.csv" })
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(reference, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))),
                $"{file} of the resumed sweep differs from the uninterrupted sweep");
        }

        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_one_at_a_time_sweep_writes_tornado_data_sorted_by_swing()
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
            measures: [contact.emergency_mean_answer_seconds, contact.handler_utilisation]
            """);
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "sweep", experiment, "--set", "run.horizon_days=2", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var lines = File.ReadAllLines(Path.Combine(output, "tornado.csv"));
        Assert.Equal("factor,measure,low_value,high_value,base_value,swing,low_lower,low_upper,high_lower,high_upper", lines[0]);
        var bars = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(4, bars.Count);
        Assert.Equal(["staff", "staff", "units", "units"], bars.Select(b => b[0]));
        Assert.Equal("contact.emergency_mean_answer_seconds", bars[0][1]);
        var swings = bars.Select(b => Number(b[5])).ToList();
        Assert.Equal(swings.OrderDescending(), swings);
        Assert.All(bars.Where(b => b[0] == "units"), b => Assert.Equal(0, Number(b[5])));
        Assert.True(Number(bars[0][2]) > Number(bars[0][4]) && Number(bars[0][4]) > Number(bars[0][3]), "9 handlers wait longer than the base 10, 12 shorter");
        Assert.True(Number(bars[0][6]) <= Number(bars[0][2]) && Number(bars[0][2]) <= Number(bars[0][7]), "the low value lies in its paired interval");
        Assert.True(Number(bars[0][8]) <= Number(bars[0][3]) && Number(bars[0][3]) <= Number(bars[0][9]), "the high value lies in its paired interval");

        // The report embeds one tornado chart per measure, also written as PNG files.
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Which inputs matter most: 999 mean answer time", report, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "charts", "tornado-1.png")));
        Assert.Equal(
            ["variant,units,staff", "0,,", "1,1,", "2,3,", "3,,9", "4,,12"],
            File.ReadAllLines(Path.Combine(output, "variants.csv")));
    }

    private string WriteExperiment(string design)
    {
        var scenario = CliProcess.Scenario("validation/erlang-c.yaml").Replace("\\", "/", StringComparison.Ordinal);
        return _temp.Write("experiment.yaml", $"""
            name: Erlang C sweep
            scenario: {scenario}
            replications: 2

            """.Replace("replications: 2\n", design.Contains("replications:", StringComparison.Ordinal) ? "" : "replications: 2\n", StringComparison.Ordinal) + design + "\n");
    }

    private static int SavedVariants(string output)
    {
        var folder = Path.Combine(output, ".sweep-checkpoints");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "variant-*.json").Length : 0;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Reads every row group of a Parquet file into text cells (numbers in round-trip form).</summary>
    private static async Task<(IReadOnlyList<string> Columns, List<string[]> Rows)> ReadParquetAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<string[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var columns = new List<string[]>();
            foreach (var field in fields)
            {
                columns.Add(await ReadColumnAsync(group, field, count));
            }

            for (var i = 0; i < count; i++)
            {
                rows.Add([.. columns.Select(c => c[i])]);
            }
        }

        return ([.. fields.Select(f => f.Name)], rows);
    }

    private static async Task<string[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(int))
        {
            var ints = new int[count];
            await group.ReadAsync<int>(field, ints);
            return [.. ints.Select(v => v.ToString(CultureInfo.InvariantCulture))];
        }

        if (field.ClrType == typeof(double))
        {
            var doubles = new double?[count];
            await group.ReadAsync<double>(field, doubles);
            return [.. doubles.Select(v => v is { } d ? d.ToString("R", CultureInfo.InvariantCulture) : "")];
        }

        var texts = new string[count];
        await group.ReadAsync(field, texts);
        return texts;
    }
}
