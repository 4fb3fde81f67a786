using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ForceSim.Web.Tests.Api;

public sealed class ComparisonAndHistoryApiTests : IDisposable
{
    private static readonly string[] OneOption = ["whatif/plus-20-call-handlers"];

    private readonly TempFolder data = new();

    [Fact]
    public async Task A_comparison_of_the_baseline_and_an_option_serves_paired_changes_and_survives_a_restart()
    {
        string id;
        using (var factory = new WebFactory(data.Path))
        using (var client = factory.CreateClient())
        {
            var posted = await client.PostAsJsonAsync("/api/comparisons", new
            {
                @base = "cambridgeshire-2022",
                options = OneOption,
                replications = 2,
                set = new Dictionary<string, object> { ["run.horizon_days"] = 7 },
            });
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
            id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var job = await JobPolling.UntilFinishedAsync(client, $"/api/comparisons/{id}");
            Assert.Equal("done", job.GetProperty("status").GetString());
            Assert.Equal(4, job.GetProperty("total").GetInt32());
        }

        using (var restarted = new WebFactory(data.Path))
        using (var client = restarted.CreateClient())
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/comparisons/{id}");
            Assert.Equal("done", job.GetProperty("status").GetString());
            var results = await client.GetFromJsonAsync<JsonElement>($"/api/comparisons/{id}/results");
            Assert.True(results.GetProperty("paired").GetBoolean());
            var option = Assert.Single(results.GetProperty("options").EnumerateArray());
            Assert.Equal("What if: 20 more call handlers", option.GetProperty("name").GetString());
            var answered = option.GetProperty("measures").GetProperty("contact.emergency_answered_within_10s");
            Assert.True(answered.GetProperty("lower").GetDouble() <= answered.GetProperty("difference").GetDouble());
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/runs/{id}")).StatusCode);
        }
    }

    [Fact]
    public async Task A_comparison_with_five_options_is_refused()
    {
        using var factory = new WebFactory(data.Path);
        using var client = factory.CreateClient();

        var posted = await client.PostAsJsonAsync("/api/comparisons", new { @base = "cambridgeshire-2022", options = Enumerable.Repeat("whatif/plus-20-call-handlers", 5) });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("from 1 to 4 options", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
