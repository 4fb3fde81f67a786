namespace ForceSim.Model.Tests.Loading;

/// <summary><c>--set</c> paths that leave the scenario at a near-miss of a key there get a "did you mean" with the corrected path.</summary>
public sealed class SetMisspellingTests
{
    [Theory]
    [InlineData("forces.northshire.respons.shifts[0].units=+2", "'respons' is not set here; did you mean 'forces.northshire.response.shifts[0].units'?")]
    [InlineData("forces[0].recording.probability.violense=*1.1", "'violense' is not set here; did you mean 'forces[0].recording.probability.violence'?")]
    [InlineData("control_room[0].call_handlers.abstraction_rate=0.2", "'control_room' is not set here; did you mean 'control_rooms[0].call_handlers.abstraction_rate'?")]
    public void A_misspelt_set_path_gets_did_you_mean_with_the_corrected_path(string option, string message)
    {
        var problem = Assert.Single(TestScenarios.Load(TestScenarios.Minimal, [option]).Problems);

        Assert.Equal((option[..option.IndexOf('=', StringComparison.Ordinal)], message), (problem.KeyPath, problem.Message));
    }

    [Fact]
    public void A_relative_change_to_a_key_with_no_near_miss_keeps_its_own_advice()
    {
        var problem = Assert.Single(TestScenarios.Load(TestScenarios.Minimal, ["forces[0].mutual_aid.units=+2"]).Problems);

        Assert.StartsWith("is not set, so '+2' has nothing to change", problem.Message, StringComparison.Ordinal);
    }
}
