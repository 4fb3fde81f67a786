using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Experiments.Budgeting;
using ForceSim.Experiments.Comparing;
using ForceSim.Reporting.Output;
using ForceSim.Web.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// <c>forcesim serve --cluster</c>: a comparison or a budget search posted to the API runs on the cluster as one
/// multi-variant experiment (as <c>compare --cluster</c> and <c>budget --cluster</c> do), stays listed with its state
/// among the cluster's experiments once finished, and writes the files the same request writes when run here.
/// </summary>
public sealed class WebClusterJobsTests
{
    private const string Key = "cluster-jobs-key-0123456789";
    private static readonly string[] Options = ["whatif/plus-20-call-handlers"];
    private static readonly string[] CallHandlers = ["call_handler"];

    [RedisFact]
    public async Task A_comparison_posted_to_the_web_app_as_a_cluster_client_runs_on_the_cluster_and_writes_the_local_comparisons_files()
    {
        using var bed = await ClusterTestBed.StartAsync(1);
        var data = bed.Folder["web-data"];
        await using var web = await WebClient.StartAsync(bed, data);

        var jobId = await web.PostAsync("/api/comparisons", new
        {
            @base = "cambridgeshire-2022",
            options = Options,
            replications = 2,
            seed = 11,
            set = new Dictionary<string, object> { ["run.horizon_days"] = 7 },
        });
        var job = await web.UntilDoneAsync($"/api/comparisons/{jobId}");
        var row = await web.ListedAsync("web-" + jobId);

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
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(local, "comparison.json")), await web.Client.GetStringAsync($"/api/comparisons/{jobId}/results"));
    }

    [RedisFact]
    public async Task A_budget_search_posted_to_the_web_app_as_a_cluster_client_runs_on_the_cluster_and_writes_the_local_searchs_files()
    {
        using var bed = await ClusterTestBed.StartAsync(1);
        var data = bed.Folder["web-data"];
        await using var web = await WebClient.StartAsync(bed, data);

        var jobId = await web.PostAsync("/api/budgets", new
        {
            scenario = "cambridgeshire-2022",
            extra = 300000,
            roles = CallHandlers,
            replications = 2,
            maxEvaluations = 3,
            set = new Dictionary<string, object> { ["run.horizon_days"] = 7 },
        });
        await web.UntilDoneAsync($"/api/budgets/{jobId}");
        var row = await web.ListedAsync("web-" + jobId);

        Assert.True(row.GetProperty("finished").GetBoolean());
        Assert.Equal("variants", row.GetProperty("kind").GetString());
        Assert.Null(row.GetProperty("error").GetString());
        Assert.True(row.GetProperty("total").GetInt32() >= 4, row.ToString()); // the base and at least one mix, 2 replications each
        var local = bed.Folder["local"];
        await BudgetService.RunAsync(new BudgetRequest
        {
            ScenarioPath = RepositoryPaths.File("scenarios/cambridgeshire-2022.yaml"),
            Extra = 300000,
            Roles = CallHandlers,
            Replications = 2,
            MaxEvaluations = 3,
            Overrides = ["run.horizon_days=7"],
            OutputDirectory = local,
        });
        MidReplicationVictim.AssertSameFiles(local, Path.Combine(data, "budgets", jobId));
    }

    /// <summary>The web app as a client of the test bed's cluster, behind a key, and an HTTP client that gives it.</summary>
    private sealed class WebClient : IAsyncDisposable
    {
        private readonly ClusterTestBed _bed;
        private readonly IAsyncDisposable _app;
        private readonly CancellationTokenSource _deadline = new(TimeSpan.FromMinutes(3));

        private WebClient(ClusterTestBed bed, IAsyncDisposable app, HttpClient client)
        {
            _bed = bed;
            _app = app;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<WebClient> StartAsync(ClusterTestBed bed, string data)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            var settings = new ServeSettings { Urls = url, ApiKey = Key, Cluster = bed.Cluster, DataFolder = data, ScenariosFolder = RepositoryPaths.File("scenarios") };
            var app = ForceSimServer.Build(settings, []);
            await app.StartAsync();
            var client = new HttpClient { BaseAddress = new Uri(url) };
            client.DefaultRequestHeaders.Add("X-Api-Key", Key);
            return new WebClient(bed, app, client);
        }

        /// <summary>Posts a job; answers its id.</summary>
        public async Task<string> PostAsync(string path, object body)
        {
            var posted = await Client.PostAsJsonAsync(path, body);
            Assert.True(posted.StatusCode == HttpStatusCode.Accepted, await posted.Content.ReadAsStringAsync());
            return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        /// <summary>The job's status once done (it writes its files after the experiment finishes); else its last status and the silo's log.</summary>
        public async Task<JsonElement> UntilDoneAsync(string location)
        {
            var job = default(JsonElement);
            try
            {
                while (true)
                {
                    job = await Client.GetFromJsonAsync<JsonElement>(location, _deadline.Token);
                    var status = job.GetProperty("status").GetString();
                    Assert.True(status is "queued" or "running" or "done", $"{job}{Environment.NewLine}{_bed.Logs}");
                    if (status == "done")
                    {
                        return job;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(500), _deadline.Token);
                }
            }
            catch (OperationCanceledException e)
            {
                throw new TimeoutException($"{location} not done: {job}{Environment.NewLine}{_bed.Logs}", e);
            }
        }

        /// <summary>The experiment's row in the list the Experiments page shows (the cluster's board forgets an experiment once finished).</summary>
        public async Task<JsonElement> ListedAsync(string experimentId)
        {
            var rows = await Client.GetFromJsonAsync<JsonElement>("/api/cluster/experiments");
            var row = rows.EnumerateArray().Where(r => r.GetProperty("id").GetString() == experimentId).ToList();
            Assert.True(row.Count == 1, $"{experimentId} is not listed: {rows}{Environment.NewLine}{_bed.Logs}");
            return row[0];
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.DisposeAsync();
            _deadline.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
