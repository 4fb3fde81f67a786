using ForceSim.Cluster.Tests.Support;
using ForceSim.Experiments;
using ForceSim.Experiments.Budgeting;
using ForceSim.Experiments.Comparing;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// An experiment id given again re-attaches only to the same request: a comparison or budget search with other
/// <c>--set</c> changes (another horizon, say) is refused instead of being handed the first request's results.
/// </summary>
public sealed class ClusterReattachTests
{
    private static readonly string[] OneDay = ["run.horizon_days=1"];
    private static readonly string[] TwoDays = ["run.horizon_days=2"];

    [RedisFact]
    public async Task A_comparison_or_budget_search_under_a_finished_experiments_id_with_other_set_changes_is_refused()
    {
        using var bed = await ClusterTestBed.StartAsync(1);
        var cluster = ClusterAddress.Parse(bed.Cluster);
        CompareRequest Compare(IReadOnlyList<string> set, string output) => new()
        {
            BasePath = RepositoryPaths.File("scenarios/cambridgeshire-2022.yaml"),
            OptionPaths = [RepositoryPaths.File("scenarios/whatif/plus-20-call-handlers.yaml")],
            Replications = 1,
            Overrides = set,
            OutputDirectory = bed.Folder[output],
            Cluster = cluster,
            ExperimentId = "compare-reattach",
        };
        BudgetRequest Budget(IReadOnlyList<string> set, string output) => new()
        {
            ScenarioPath = RepositoryPaths.File("scenarios/cambridgeshire-2022.yaml"),
            Extra = 300000,
            Roles = ["call_handler"],
            Replications = 1,
            MaxEvaluations = 2,
            Overrides = set,
            OutputDirectory = bed.Folder[output],
            Cluster = cluster,
            ExperimentId = "budget-reattach",
        };

        await CompareService.RunAsync(Compare(OneDay, "compare-1"));
        await CompareService.RunAsync(Compare(OneDay, "compare-again"));
        var compareRefused = await Assert.ThrowsAsync<InvalidRequestException>(() => CompareService.RunAsync(Compare(TwoDays, "compare-2")));
        await BudgetService.RunAsync(Budget(OneDay, "budget-1"));
        var budgetRefused = await Assert.ThrowsAsync<InvalidRequestException>(() => BudgetService.RunAsync(Budget(TwoDays, "budget-2")));

        Assert.Contains("already exists with a different", compareRefused.Message, StringComparison.Ordinal);
        Assert.Contains("already exists with a different", budgetRefused.Message, StringComparison.Ordinal);
    }
}
