using ForceSim.Experiments.Budgeting;
using ForceSim.Experiments.Tests.Support;

namespace ForceSim.Experiments.Tests.Budgeting;

/// <summary><c>budget</c> as a service: cheap checks come first, so a bad option never costs a simulation (or even a scenario load).</summary>
public sealed class BudgetServiceTests
{
    [Theory]
    [InlineData(null, "--extra GBP is required")]
    [InlineData(0.0, "--extra GBP is required")]
    public async Task A_missing_or_zero_budget_is_refused_before_the_scenario_is_read(double? extra, string message)
    {
        var request = new BudgetRequest { ScenarioPath = "no-such-scenario.yaml", Extra = extra };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => BudgetService.RunAsync(request));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_role_is_refused_naming_the_roles_there_are()
    {
        var request = new BudgetRequest { ScenarioPath = "no-such-scenario.yaml", Extra = 100_000, Roles = ["dispatcher"] };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => BudgetService.RunAsync(request));

        Assert.Equal("--roles: unknown role 'dispatcher'; use call_handler, response_officer, investigator or supervisor.", error.Message);
    }

    [Fact]
    public async Task A_role_asked_for_by_name_that_the_scenario_cannot_cost_is_refused()
    {
        // The Erlang C validation scenario has no costs section.
        var request = new BudgetRequest { ScenarioPath = ScenarioCopies.Shipped("validation/erlang-c.yaml"), Extra = 100_000, Roles = ["call_handler"] };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => BudgetService.RunAsync(request));

        Assert.Equal("--roles: cannot budget for call_handler: the scenario's costs give no annual cost for call_handler (costs.roles.call_handler).", error.Message);
    }
}
