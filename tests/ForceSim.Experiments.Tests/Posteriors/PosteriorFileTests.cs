using System.Globalization;
using ForceSim.Engine;
using ForceSim.Experiments.Posteriors;
using Parquet;
using Parquet.Schema;

namespace ForceSim.Experiments.Tests.Posteriors;

/// <summary>A posterior written and read back is the same posterior and the same bytes; its Parquet twin has the same columns.</summary>
public sealed class PosteriorFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Awkward doubles (a third, a tiny and a huge number, negative zero's neighbour) whose weights sum to exactly 1.</summary>
    public static Posterior Sample(int modelVersion = ModelVersion.Current) => new(
        modelVersion,
        "abc-smc",
        "../cambridgeshire/baseline.yaml",
        "cambridgeshire-2022.targets.yaml",
        ["forces.cambridgeshire.response.attend_share", "control_rooms[0].call_handlers.shifts[1].staff"],
        [
            new PosteriorDraw(0, 0.5, [1.0 / 3.0, 12]),
            new PosteriorDraw(1, 0.25, [1e-300, -4.25]),
            new PosteriorDraw(2, 0.25, [0.1 + 0.2, 1.7976931348623157e308]),
        ]);

    [Fact]
    public void Posterior_read_back_is_the_same_posterior_and_writes_the_same_bytes()
    {
        var path = _folder["p.posterior.csv"];
        PosteriorFile.Write(path, Sample());
        var bytes = File.ReadAllBytes(path);
        var read = PosteriorFile.Read(path);
        Assert.Equal(ModelVersion.Current, read.ModelVersion);
        Assert.Equal("abc-smc", read.Method);
        Assert.Equal("../cambridgeshire/baseline.yaml", read.Scenario);
        Assert.Equal("cambridgeshire-2022.targets.yaml", read.Targets);
        Assert.Equal(Sample().Parameters, read.Parameters);
        Assert.Equal(Sample().Draws.Select(d => (d.Draw, d.Weight, d.Values.ToArray())), read.Draws.Select(d => (d.Draw, d.Weight, d.Values.ToArray())));
        var again = _folder["again.posterior.csv"];
        PosteriorFile.Write(again, read);
        Assert.Equal(bytes, File.ReadAllBytes(again));
    }

    [Fact]
    public void Posterior_file_starts_with_its_stamp_and_a_header_of_key_paths()
    {
        var text = PosteriorFile.Render(Sample(modelVersion: 7) with { Targets = null });
        var lines = text.Split('\n');
        Assert.Equal("# forcesim posterior; model_version=7; method=abc-smc; scenario=../cambridgeshire/baseline.yaml; targets=", lines[0]);
        Assert.Equal("draw,weight,forces.cambridgeshire.response.attend_share,control_rooms[0].call_handlers.shifts[1].staff", lines[1]);
        Assert.Equal("0,0.5,0.3333333333333333,12", lines[2]);
        Assert.Null(PosteriorFile.Read(_folder.Write("t.csv", text)).Targets);
    }

    [Fact]
    public void Posterior_weights_are_normalised_to_sum_to_one_when_read()
    {
        var path = _folder.Write("w.csv", "# forcesim posterior; model_version=1; method=m; scenario=; targets=\ndraw,weight,run.seed\n0,3,1\n1,1,2\n");
        var read = PosteriorFile.Read(path);
        Assert.Equal([0.75, 0.25], read.Draws.Select(d => d.Weight));
    }

    [Fact]
    public async Task Posterior_parquet_twin_has_the_same_columns_values_and_stamp()
    {
        var path = _folder["p.posterior.parquet"];
        await PosteriorFile.WriteParquetAsync(path, Sample());
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(["draw", "weight", .. Sample().Parameters], fields.Select(f => f.Name));
        Assert.Equal(ModelVersion.Current.ToString(CultureInfo.InvariantCulture), reader.CustomMetadata["model_version"]);
        using var group = reader.OpenRowGroupReader(0);
        var draws = new int[3];
        await group.ReadAsync<int>(fields[0], draws);
        Assert.Equal([0, 1, 2], draws);
        var staff = new double[3];
        await group.ReadAsync<double>(fields[3], staff);
        Assert.Equal(Sample().Draws.Select(d => d.Values[1]), staff);
    }
}
