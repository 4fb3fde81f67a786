using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Web.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// <c>forcesim serve --cluster</c> as an operator's view: the cluster's experiments, with their progress, on the
/// Experiments page's service and its JSON twin, behind the key.
/// </summary>
public sealed class WebClusterExperimentsTests
{
    private const string Key = "cluster-ops-key-0123456789";

    [RedisFact]
    public async Task The_web_app_as_a_cluster_client_lists_a_run_it_sent_to_the_cluster_with_its_progress_behind_the_key()
    {
        using var bed = await ClusterTestBed.StartAsync(1);
        var url = $"http://127.0.0.1:{FreePort()}";
        var settings = new ServeSettings
        {
            Urls = url,
            ApiKey = Key,
            Cluster = bed.Cluster,
            DataFolder = bed.Folder["web-data"],
            ScenariosFolder = RepositoryPaths.File("scenarios"),
        };
        await using var app = ForceSimServer.Build(settings, []);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var posted = await client.PostAsJsonAsync("/api/runs", new { scenario = "cambridgeshire-2022", replications = 2, seed = 11, set = new Dictionary<string, object> { ["run.horizon_days"] = 7 } });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = "web-" + (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var row = await UntilFinishedAsync(client, id, deadline.Token);
        using var noRedirects = new HttpClientHandler { AllowAutoRedirect = false };
        using var anonymous = new HttpClient(noRedirects) { BaseAddress = new Uri(url) };
        var refused = await anonymous.GetAsync("/api/cluster/experiments");
        var dashboard = await client.GetAsync("/orleans/");
        var dashboardRefused = await anonymous.GetAsync("/orleans/");
        var stats = await client.GetAsync("/orleans/ClusterStats");

        Assert.Equal("run", row.GetProperty("kind").GetString());
        Assert.Equal(2, row.GetProperty("done").GetInt32());
        Assert.Equal(2, row.GetProperty("total").GetInt32());
        Assert.Null(row.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, dashboardRefused.StatusCode); // to the login page
        Assert.True(stats.StatusCode == HttpStatusCode.OK, $"{stats.StatusCode}: {await stats.Content.ReadAsStringAsync()}");
    }

    /// <summary>Polls the list as the page does until the experiment is there and finished (the list must keep it once finished).</summary>
    private static async Task<JsonElement> UntilFinishedAsync(HttpClient client, string id, CancellationToken cancellationToken)
    {
        while (true)
        {
            var rows = await client.GetFromJsonAsync<JsonElement>("/api/cluster/experiments", cancellationToken);
            foreach (var row in rows.EnumerateArray())
            {
                if (row.GetProperty("id").GetString() == id && row.GetProperty("finished").GetBoolean())
                {
                    return row;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
