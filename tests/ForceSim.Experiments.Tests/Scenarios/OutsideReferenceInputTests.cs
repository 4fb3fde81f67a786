using ForceSim.Experiments.Running;
using ForceSim.Experiments.Scenarios;
using ForceSim.Experiments.Tests.Support;

namespace ForceSim.Experiments.Tests.Scenarios;

/// <summary>A request's <c>AllowOutsideReferences</c> reaches the loader: without it a base outside the tree is an invalid request.</summary>
public sealed class OutsideReferenceInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_refuses_an_overlay_whose_base_is_outside_its_tree_as_an_invalid_request()
    {
        var overlay = WriteOverlay();

        var error = Assert.Throws<InvalidRequestException>(() => ScenarioInput.Load(overlay));

        Assert.Contains($"{overlay}:1:10: extends: '../base.yaml' leads to {_temp["base.yaml"]}, outside the scenario's tree", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_with_the_request_s_allowance_reads_the_base()
    {
        var scenario = ScenarioInput.Load(WriteOverlay(), options: ScenarioInput.Options(allowOutsideReferences: true));

        Assert.Equal("Outside", scenario.Name);
        Assert.Equal(30, scenario.Run.HorizonDays);
    }

    [Fact]
    public async Task A_run_request_is_refused_or_run_as_its_allowance_says()
    {
        var overlay = WriteOverlay();
        var request = new RunRequest { ScenarioPath = overlay, Replications = 1, Overrides = ["run.horizon_days=2"], OutputDirectory = _temp["out"] };

        await Assert.ThrowsAsync<InvalidRequestException>(() => RunService.RunAsync(request));
        var outcome = await RunService.RunAsync(request with { AllowOutsideReferences = true });

        Assert.True(File.Exists(Path.Combine(outcome.Directory, "results.json")));
    }

    private string WriteOverlay()
    {
        ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "base.yaml");
        return ScenarioCopies.Write(_temp, "work/overlay.yaml", "extends: ../base.yaml\nname: Outside\n");
    }
}
