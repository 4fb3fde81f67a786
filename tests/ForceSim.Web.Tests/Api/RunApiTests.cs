using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ForceSim.Web.Tests.Api;

public sealed class RunApiTests : IDisposable
{
    private readonly TempFolder data = new();
    private readonly WebFactory factory;
    private readonly HttpClient client;

    public RunApiTests()
    {
        factory = new WebFactory(data.Path, maxReplications: 20);
        client = factory.CreateClient();
    }

    [Fact]
    public async Task A_run_of_a_shipped_scenario_goes_from_queued_to_done_and_serves_its_results_json()
    {
        var posted = await client.PostAsJsonAsync("/api/runs", new { scenario = "cambridgeshire-2022", replications = 2, seed = 7, set = new Dictionary<string, object> { ["run.horizon_days"] = 7 } });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var job = await JobPolling.UntilFinishedAsync(client, $"/api/runs/{id}");

        Assert.Equal("done", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("done").GetInt32());
        Assert.Equal(2, job.GetProperty("total").GetInt32());
        var results = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/results");
        Assert.Equal(7, results.GetProperty("seed").GetInt64());
        Assert.Equal(2, results.GetProperty("replications").GetInt32());
        Assert.True(results.GetProperty("measures").TryGetProperty("grades.responding_to_the_public.population.good", out _));
    }

    [Fact]
    public async Task A_broken_scenario_is_refused_with_400_and_its_problems_by_line_and_key_path()
    {
        var yaml = "extends: ../cambridgeshire-2022.yaml\nrun:\n  replicatons: 3\n";

        var posted = await client.PostAsJsonAsync("/api/runs", new { scenario = yaml });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var problem = Assert.Single((await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray());
        Assert.Equal("scenario", problem.GetProperty("file").GetString());
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Equal(3, problem.GetProperty("column").GetInt32());
        Assert.Equal("run.replicatons", problem.GetProperty("path").GetString());
        Assert.Equal("replications", problem.GetProperty("didYouMean").GetString());
    }

    [Theory]
    [InlineData("/etc/passwd", "absolute path")]
    [InlineData("../../../../../../../../etc/passwd", "outside")]
    [InlineData("../../history.json", "outside")]
    public async Task A_scenario_naming_a_file_beyond_the_shipped_scenarios_is_refused_without_reading_it_or_naming_the_data_folder(string extends, string said)
    {
        var posted = await client.PostAsJsonAsync("/api/runs", new { scenario = $"extends: {extends}\nname: x\n" });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var body = await posted.Content.ReadAsStringAsync();
        Assert.Contains(said, body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain(data.Path, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replications_over_the_server_limit_are_refused_with_400()
    {
        var posted = await client.PostAsJsonAsync("/api/runs", new { scenario = "cambridgeshire-2022", replications = 21 });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("at most 20 replications", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_over_one_mebibyte_is_refused_with_400()
    {
        var yaml = "name: big\n" + new string('#', (1024 * 1024) + 1);

        var posted = await client.PostAsJsonAsync("/api/runs", new { scenario = yaml });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("the limit is 1048576", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_run_cancels_it_and_an_unknown_run_is_404()
    {
        var posted = await client.PostAsJsonAsync("/api/runs", new { scenario = "cambridgeshire-2022", replications = 20 });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var deleted = await client.DeleteAsync($"/api/runs/{id}");
        var job = await JobPolling.UntilFinishedAsync(client, $"/api/runs/{id}");

        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        Assert.Equal("cancelled", job.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/runs/run-none")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync($"/api/runs/{id}/results")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_runs_comparisons_and_budget_searches()
    {
        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/runs/{id}/results", document, StringComparison.Ordinal);
        Assert.Contains("/api/comparisons", document, StringComparison.Ordinal);
        Assert.Contains("/api/budgets/{id}/results", document, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
        data.Dispose();
    }
}
