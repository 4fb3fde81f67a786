namespace ForceSim.Cli.Tests.Options;

/// <summary>Every number option and argument of every command, given a word, says so in words: never a .NET type name.</summary>
public sealed class ParseErrorTextTests : IDisposable
{
    private static readonly string Scenario = CliProcess.Scenario("validation/erlang-c.yaml");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[], string> WordsForNumbers => new()
    {
        { ["run", Scenario, "-r", "zero"], "--replications: 'zero' is not a whole number; give a whole number such as 4." },
        { ["run", Scenario, "--seed", "x"], "--seed: 'x' is not a whole number" },
        { ["run", Scenario, "--parallel", "1.5"], "--parallel: '1.5' is not a whole number" },
        { ["compare", Scenario, Scenario, "-r", "ten"], "--replications: 'ten' is not a whole number" },
        { ["compare", Scenario, Scenario, "-s", "seed"], "--seed: 'seed' is not a whole number" },
        { ["compare", Scenario, Scenario, "--parallel", "two"], "--parallel: 'two' is not a whole number" },
        { ["budget", Scenario, "--extra", "lots"], "--extra: 'lots' is not a number; give a number such as 2000000 or -0.5." },
        { ["budget", Scenario, "--extra", "1", "--investigator-step", "five"], "--investigator-step: 'five' is not a whole number" },
        { ["budget", Scenario, "--extra", "1", "--supervisor-step", "one"], "--supervisor-step: 'one' is not a whole number" },
        { ["budget", Scenario, "--extra", "1", "--max-evaluations", "many"], "--max-evaluations: 'many' is not a whole number" },
        { ["sweep", "experiment.yaml", "-r", "zero"], "--replications: 'zero' is not a whole number" },
        { ["inspect", "victim", "abc", Scenario], "<id>: 'abc' is not a whole number" },
        { ["inspect", "victim", "1", Scenario, "-n", "first"], "--replication: 'first' is not a whole number" },
        { ["bench", "--repeat", "x"], "--repeat: 'x' is not a whole number" },
    };

    [Theory]
    [MemberData(nameof(WordsForNumbers))]
    public async Task A_word_for_a_number_exits_2_with_a_message_in_words_and_no_type_name(string[] arguments, string message)
    {
        var result = await CliProcess.RunAsync(_temp.Path, arguments);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("error: " + message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("expected type", result.Error, StringComparison.Ordinal);
    }
}
