using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Experiments.Comparing;
using ForceSim.Reporting.Output;
using ForceSim.Web.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// <c>forcesim serve --cluster</c>: a comparison posted to the API runs on the cluster as one multi-variant experiment
/// (as <c>compare --cluster</c> does), is listed with its state among the cluster's experiments, and writes the files a
/// local comparison writes.
/// </summary>
public sealed class WebClusterComparisonsTests
{
    private const string Key = "cluster-cmp-key-0123456789";
    private static readonly string[] Options = ["whatif/plus-20-call-handlers"];

    [RedisFact]
    public async Task A_comparison_posted_to_the_web_app_as_a_cluster_client_runs_on_the_cluster_and_writes_the_local_comparisons_files()
    {
        using var bed = await ClusterTestBed.StartAsync(1);
        var url = $"http://127.0.0.1:{FreePort()}";
        var data = bed.Folder["web-data"];
        var settings = new ServeSettings { Urls = url, ApiKey = Key, Cluster = bed.Cluster, DataFolder = data, ScenariosFolder = RepositoryPaths.File("scenarios") };
        await using var app = ForceSimServer.Build(settings, []);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var posted = await client.PostAsJsonAsync("/api/comparisons", new
        {
            @base = "cambridgeshire-2022",
            options = Options,
            replications = 2,
            seed = 11,
            set = new Dictionary<string, object> { ["run.horizon_days"] = 7 },
        });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var jobId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var job = await UntilDoneAsync(client, jobId, bed, deadline.Token);
        var row = await ListedAsync(client, "web-" + jobId, bed);

        Assert.True(row.GetProperty("finished").GetBoolean());
        Assert.Equal("variants", row.GetProperty("kind").GetString());
        Assert.Equal(4, row.GetProperty("done").GetInt32());
        Assert.Equal(4, row.GetProperty("total").GetInt32());
        Assert.Null(row.GetProperty("error").GetString());
        Assert.Equal(4, job.GetProperty("done").GetInt32());
        Assert.Equal(4, job.GetProperty("total").GetInt32());

        // The same comparison here, of the same shipped files, writes the same bytes.
        var local = bed.Folder["local"];
        var outcome = await CompareService.RunAsync(new CompareRequest
        {
            BasePath = RepositoryPaths.File("scenarios/cambridgeshire-2022.yaml"),
            OptionPaths = [RepositoryPaths.File("scenarios/whatif/plus-20-call-handlers.yaml")],
            Replications = 2,
            Seed = 11,
            Overrides = ["run.horizon_days=7"],
            OutputDirectory = local,
        });
        AtomicFile.WriteAllText(Path.Combine(local, "comparison.json"), ComparisonJson.Render(outcome.BaseName, outcome.Options, outcome.Paired));
        MidReplicationVictim.AssertSameFiles(local, Path.Combine(data, "comparisons", jobId));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(local, "comparison.json")), await client.GetStringAsync($"/api/comparisons/{jobId}/results"));
    }

    /// <summary>The experiment's row in the list the Experiments page shows, once finished (the cluster's board has forgotten it by then).</summary>
    private static async Task<JsonElement> ListedAsync(HttpClient client, string experimentId, ClusterTestBed bed)
    {
        var rows = await client.GetFromJsonAsync<JsonElement>("/api/cluster/experiments");
        var row = rows.EnumerateArray().Where(r => r.GetProperty("id").GetString() == experimentId).ToList();
        Assert.True(row.Count == 1, $"{experimentId} is not listed: {rows}{Environment.NewLine}{bed.Logs}");
        return row[0];
    }

    /// <summary>The job's status once done (it writes its files after the experiment finishes); on timeout, its last status and the silo's log.</summary>
    private static async Task<JsonElement> UntilDoneAsync(HttpClient client, string jobId, ClusterTestBed bed, CancellationToken cancellationToken)
    {
        var job = default(JsonElement);
        try
        {
            while (true)
            {
                job = await client.GetFromJsonAsync<JsonElement>($"/api/comparisons/{jobId}", cancellationToken);
                var status = job.GetProperty("status").GetString();
                Assert.True(status is "queued" or "running" or "done", $"{job}{Environment.NewLine}{bed.Logs}");
                if (status == "done")
                {
                    return job;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"Comparison {jobId} not done: {job}{Environment.NewLine}{bed.Logs}", e);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
