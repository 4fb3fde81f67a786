using ForceSim.Experiments.Posteriors;

namespace ForceSim.Experiments.Tests.Posteriors;

/// <summary>A posterior file that is not one is refused with a message naming the file, the line and the column (the CLI's exit 2).</summary>
public sealed class PosteriorFileMalformedTests : IDisposable
{
    private const string Stamp = "# forcesim posterior; model_version=1; method=abc-smc; scenario=s.yaml; targets=\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("draw,weight,run.seed\n0,1,1\n", "bad.csv:1: the first line must start with '# forcesim posterior;'")]
    [InlineData("# forcesim posterior; method=x\ndraw,weight,a\n0,1,1\n", "bad.csv:1: model_version: missing")]
    [InlineData("# forcesim posterior; model_version=one\ndraw,weight,a\n0,1,1\n", "bad.csv:1: model_version: missing or not a whole number")]
    [InlineData("# forcesim posterior; model_version=1; colour=red\ndraw,weight,a\n0,1,1\n", "bad.csv:1: 'colour=red' is not one of")]
    [InlineData(Stamp + "weight,draw,a\n0,1,1\n", "bad.csv:2: the header must be draw,weight")]
    [InlineData(Stamp + "draw,weight\n0,1\n", "bad.csv:2: the header must be draw,weight")]
    [InlineData(Stamp + "draw,weight,a,a\n0,1,1,2\n", "bad.csv:2: a: the key path is named twice")]
    [InlineData(Stamp + "draw,weight,a\n", "bad.csv:2: no draws after the header")]
    [InlineData(Stamp + "draw,weight,a\n0,1,1\n1,1\n", "bad.csv:4: 2 field(s), but the header names 3 column(s)")]
    [InlineData(Stamp + "draw,weight,a\n0,1,1\n2,1,1\n", "bad.csv:4: draw: expected 1")]
    [InlineData(Stamp + "draw,weight,a\n0,NaN,1\n", "bad.csv:3: weight: 'NaN' is not a finite number")]
    [InlineData(Stamp + "draw,weight,a\n0,-0.5,1\n", "bad.csv:3: weight: -0.5 is negative")]
    [InlineData(Stamp + "draw,weight,a\n0,0,1\n1,0,2\n", "bad.csv: the weights sum to 0")]
    [InlineData(Stamp + "draw,weight,run.seed,run.horizon_days\n0,1,1,2\n1,1,1,x\n", "bad.csv:4: run.horizon_days: 'x' is not a finite number")]
    [InlineData(Stamp + "draw,weight,a\n0,1,Infinity\n", "bad.csv:3: a: 'Infinity' is not a finite number")]
    public void Posterior_read_refuses_a_bad_file_naming_file_line_and_column(string text, string expected)
    {
        var path = _folder.Write("bad.csv", text);
        var e = Assert.Throws<InvalidRequestException>(() => PosteriorFile.Read(path));
        Assert.StartsWith(_folder.Path, e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Posterior_read_refuses_a_missing_file_naming_it()
    {
        var e = Assert.Throws<InvalidRequestException>(() => PosteriorFile.Read(_folder["missing.csv"]));
        Assert.Contains("missing.csv: cannot read the posterior", e.Message, StringComparison.Ordinal);
    }
}
