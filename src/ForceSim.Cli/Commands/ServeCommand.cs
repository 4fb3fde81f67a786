using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Experiments.Jobs;
using ForceSim.Web.Hosting;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim serve</c>: the web app (pages and JSON API) on this machine, with an embedded silo or as a client of a
/// cluster. Loopback unless told otherwise; any other address needs an API key. Options fall back to environment
/// variables (containers).
/// </summary>
public static class ServeCommand
{
    /// <summary>Option → the environment variable it falls back to (docker-compose.yml uses these names).</summary>
    public static IReadOnlyDictionary<string, string> EnvironmentVariables { get; } = new Dictionary<string, string>
    {
        ["--urls"] = "FORCESIM_URLS",
        ["--cluster"] = "FORCESIM_CLUSTER",
        ["--api-key"] = "FORCESIM_API_KEY",
        ["--data"] = "FORCESIM_DATA",
        ["--max-replications"] = "FORCESIM_WEB_MAX_REPLICATIONS",
        ["--max-concurrent-runs"] = "FORCESIM_WEB_MAX_CONCURRENT_RUNS",
    };

    public static Command Create()
    {
        var limits = new JobLimits();
        var urls = EnvironmentOptions.Text(EnvironmentVariables, "--urls", $"Where to listen (default {ServeSettings.DefaultUrls}, this machine only). Any other address needs --api-key.");
        var cluster = EnvironmentOptions.Text(EnvironmentVariables, "--cluster", "Be a client of this cluster, redis://HOST:PORT/CLUSTER_ID, instead of hosting an embedded silo.");
        var apiKey = EnvironmentOptions.Text(EnvironmentVariables, "--api-key", "Require this key (16+ characters) on every page (login) and API call (X-Api-Key header).");
        var data = EnvironmentOptions.Text(EnvironmentVariables, "--data", "Folder for runs, comparisons, uploads and History (default forcesim-data, under the current folder).");
        var maxReplications = EnvironmentOptions.Number(EnvironmentVariables, "--max-replications", "Most replications one web run or comparison may ask for.", limits.MaxReplications);
        var maxRuns = EnvironmentOptions.Number(EnvironmentVariables, "--max-concurrent-runs", "Runs and comparisons run at once; the rest queue.", limits.MaxConcurrentJobs);
        var command = new Command("serve", "Serve the ForceSim web app: scenarios, levers, live runs, comparisons and History in the browser, and a JSON API (OpenAPI at /openapi/v1.json).")
        {
            urls, cluster, apiKey, data, maxReplications, maxRuns,
        };
        var security = ClusterSecurityOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => ForceSimServer.RunAsync(
            new ServeSettings
            {
                Urls = parse.GetValue(urls) ?? ServeSettings.DefaultUrls,
                ClusterAddress = security.Apply(parse, ClusterOption.Parse(parse.GetValue(cluster))),
                ApiKey = parse.GetValue(apiKey),
                DataFolder = parse.GetValue(data) ?? "forcesim-data",
                Limits = limits with
                {
                    MaxReplications = AtLeastOne(parse.GetValue(maxReplications), "--max-replications"),
                    MaxConcurrentJobs = AtLeastOne(parse.GetValue(maxRuns), "--max-concurrent-runs"),
                },
            },
            Console.Out,
            Console.Error,
            cancellationToken));
        return command;
    }

    private static int AtLeastOne(int value, string option) =>
        value >= 1 ? value : throw new ForceSim.Experiments.InvalidRequestException($"{option} must be 1 or more (got {value}).");
}
