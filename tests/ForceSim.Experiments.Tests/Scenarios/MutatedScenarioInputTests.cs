using ForceSim.Engine.Compilation;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Scenarios;
using ForceSim.Testing.Fuzzing;

namespace ForceSim.Experiments.Tests.Scenarios;

/// <summary>
/// The property of tests/ForceSim.Model.Tests/Loading/MutatedInputTests, one level up: what <c>validate</c> and <c>run</c>
/// do with a scenario file before simulating (check it, load it for a request, fingerprint it, compile it) either
/// succeeds or ends in a problem list or an <see cref="InvalidRequestException"/> naming the file, never in any other
/// exception. Files are written beside the shipped ones in a copy of the scenarios folder, so overlays find their base.
/// </summary>
public sealed class MutatedScenarioInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public MutatedScenarioInputTests() => ShippedInputs.CopyTo(_temp.Path);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Mutated_scenario_files_are_checked_and_loaded_for_a_run_or_refused_as_an_invalid_request_naming_the_file()
    {
        var count = 0;
        FixedSeedProperty.Check(FuzzGen.Input(InputKind.Scenario), cases: 150, stream: 21, input =>
        {
            var path = input.WriteInto(_temp.Path, Interlocked.Increment(ref count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            CheckLikeValidate(path);
            LoadLikeRun(path);
        });
    }

    private static void CheckLikeValidate(string path)
    {
        var check = ScenarioCheck.Of(path);
        foreach (var problem in check.Problems)
        {
            Assert.True(problem.Line >= 1 && problem.File.Length > 0, $"the problem has no file and line: {problem}");
        }

        Assert.True(check.Scenario is not null || check.Problems.Count > 0, "the scenario was refused without a problem");
    }

    private static void LoadLikeRun(string path)
    {
        try
        {
            var scenario = ScenarioInput.Load(path);
            _ = Fingerprint.OfScenario(path, scenario);
            _ = new CompiledScenario(scenario);
        }
        catch (InvalidRequestException refused)
        {
            Assert.StartsWith(path + ":", refused.Message, StringComparison.Ordinal);
            Assert.Matches(@":\d+:\d+: ", refused.Message);
        }
    }
}
