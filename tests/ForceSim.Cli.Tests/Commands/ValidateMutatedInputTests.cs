using ForceSim.Testing.Fuzzing;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>
/// End to end through the real process: mutated scenario files (fixed cases from the
/// generators of the property tests in tests/ForceSim.Model.Tests/Loading/MutatedInputTests) make <c>validate</c> exit
/// 0 or 2, never 1, and never show a stack trace; on exit 2 the message names the file.
/// </summary>
public sealed class ValidateMutatedInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ValidateMutatedInputTests() => ShippedInputs.CopyTo(_temp.Path);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Validate_exits_0_or_2_without_a_stack_trace_for_mutated_scenario_files()
    {
        foreach (var (seed, input) in FixedSeedProperty.Cases(FuzzGen.Input(InputKind.Scenario), cases: 20, stream: 41))
        {
            var path = input.WriteInto(_temp.Path, seed);

            var result = await CliProcess.RunAsync(_temp.Path, "validate", path);

            var context = $"case {seed}: {input}{Environment.NewLine}{result}";
            Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.BadInput, context);
            Assert.True(result.ExitCode == ExitCodes.Success || result.StandardError.Contains(path + ":", StringComparison.Ordinal), context);
            CliProcess.AssertNoStackTrace(result);
        }
    }

    [Fact]
    public async Task Validate_exits_2_naming_the_line_of_an_alias_inside_its_own_anchor_where_the_process_used_to_die()
    {
        var path = _temp.CopyScenario("validation/erlang-c.yaml", "recursive.yaml", "\nname:", "\n&a [*a]: 1\nname:");
        var line = Array.FindIndex(File.ReadAllLines(path), l => l.StartsWith("&a", StringComparison.Ordinal)) + 1;

        var result = await CliProcess.RunAsync(_temp.Path, "validate", path);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"{path}:{line}:", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("the alias '*a' is inside the node its anchor names", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Validate_exits_2_for_a_set_value_with_a_malformed_tag_where_it_used_to_exit_1()
    {
        var result = await CliProcess.RunAsync(_temp.Path, "validate", Path.Combine(_temp.Path, "validation", "erlang-c.yaml"), "--set", "name=!!in[t x");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("--set:1:0: name: the value '!!in[t x' is not valid YAML", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }
}
