using System.Globalization;
using ForceSim.Testing.Fuzzing;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>
/// End to end through the real process: random <c>--set</c> options on shipped scenarios (fixed cases from
/// <see cref="OverrideGen"/>) make <c>validate</c> exit 0 or 2, never 1, and never show a stack trace.
/// A class apart from <see cref="ValidateMutatedInputTests"/> so the two run side by side.
/// </summary>
public sealed class ValidateRandomSetOptionsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ValidateRandomSetOptionsTests() => ShippedInputs.CopyTo(_temp.Path);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Validate_exits_0_or_2_without_a_stack_trace_for_random_set_options()
    {
        foreach (var (seed, input) in FixedSeedProperty.Cases(OverrideGen.Scenario(), cases: 6, stream: 42))
        {
            string[] arguments = ["validate", Path.Combine(_temp.Path, input.Scenario.RelativePath), .. input.Options.SelectMany(o => new[] { "--set", o })];

            var result = await CliProcess.RunAsync(_temp.Path, arguments);

            var context = string.Create(CultureInfo.InvariantCulture, $"case {seed}: {input}{Environment.NewLine}{result}");
            Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.BadInput, context);
            CliProcess.AssertNoStackTrace(result);
        }
    }
}
