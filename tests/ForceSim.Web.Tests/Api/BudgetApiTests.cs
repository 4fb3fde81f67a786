using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ForceSim.Experiments.Budgeting;

namespace ForceSim.Web.Tests.Api;

/// <summary>POST /api/budgets: a budget search as a job, writing what <c>forcesim budget</c> writes.</summary>
public sealed class BudgetApiTests : IDisposable
{
    private static readonly string[] CallHandlers = ["call_handler"];

    private readonly TempFolder data = new();

    [Fact]
    public async Task A_budget_search_posted_to_the_api_serves_the_budget_json_the_budget_service_writes()
    {
        using var factory = new WebFactory(data.Path);
        using var client = factory.CreateClient();

        var posted = await client.PostAsJsonAsync("/api/budgets", new
        {
            scenario = "cambridgeshire-2022",
            extra = 300000,
            roles = CallHandlers,
            replications = 2,
            maxEvaluations = 3,
            set = new Dictionary<string, object> { ["run.horizon_days"] = 7 },
        });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal($"/api/budgets/{id}", posted.Headers.Location?.OriginalString);
        var job = await JobPolling.UntilFinishedAsync(client, $"/api/budgets/{id}");
        var served = await client.GetStringAsync($"/api/budgets/{id}/results");

        Assert.True(job.GetProperty("status").GetString() == "done", job.ToString());
        var local = await BudgetService.RunAsync(new BudgetRequest
        {
            ScenarioPath = RepositoryPaths.File("scenarios/cambridgeshire-2022.yaml"),
            Extra = 300000,
            Roles = CallHandlers,
            Replications = 2,
            MaxEvaluations = 3,
            Overrides = ["run.horizon_days=7"],
            OutputDirectory = data["local"],
        });
        Assert.Equal(await File.ReadAllTextAsync(local.JsonFile), served);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/comparisons/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_budget_search_of_an_unknown_scenario_is_refused_with_a_message()
    {
        using var factory = new WebFactory(data.Path);
        using var client = factory.CreateClient();

        var posted = await client.PostAsJsonAsync("/api/budgets", new { scenario = "atlantis-2022", extra = 100000 });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("neither a shipped scenario", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
