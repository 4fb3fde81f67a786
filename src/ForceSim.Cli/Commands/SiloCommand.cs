using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using ForceSim.Cli.Options;
using ForceSim.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Security;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim silo</c>: one silo of a cluster, with Redis for membership and storage, running replications for
/// experiments until SIGTERM or Ctrl+C. Every option can also come from an environment variable (containers).
/// </summary>
public static class SiloCommand
{
    /// <summary>Option → the environment variable it falls back to (the deployment files use these names).</summary>
    public static IReadOnlyDictionary<string, string> EnvironmentVariables { get; } = new Dictionary<string, string>
    {
        ["--redis"] = "FORCESIM_REDIS",
        ["--cluster-id"] = "FORCESIM_CLUSTER_ID",
        ["--silo-port"] = "FORCESIM_SILO_PORT",
        ["--gateway-port"] = "FORCESIM_GATEWAY_PORT",
        ["--advertise"] = "FORCESIM_ADVERTISE",
        ["--workers"] = "FORCESIM_WORKERS",
        ["--max-replications"] = "FORCESIM_MAX_REPLICATIONS",
        ["--probe-timeout"] = "FORCESIM_PROBE_TIMEOUT",
        ["--missed-probes"] = "FORCESIM_MISSED_PROBES",
    };

    public static Command Create()
    {
        var defaults = new ClusterSiloOptions { Cluster = new ClusterAddress("localhost", 6379, "x") };
        var redis = EnvironmentOptions.Text(EnvironmentVariables, "--redis", "Redis server for membership and grain storage, HOST:PORT.");
        var clusterId = EnvironmentOptions.Text(EnvironmentVariables, "--cluster-id", "Cluster id: silos with the same Redis and cluster id form one cluster.");
        var siloPort = EnvironmentOptions.Number(EnvironmentVariables, "--silo-port", "Port for silo-to-silo traffic.", defaults.SiloPort);
        var gatewayPort = EnvironmentOptions.Number(EnvironmentVariables, "--gateway-port", "Port clients connect to.", defaults.GatewayPort);
        var advertise = EnvironmentOptions.Text(EnvironmentVariables, "--advertise", "Address other silos and clients reach this one at: an IP, a host name, or 'auto' (this machine's own address). Default 127.0.0.1.");
        var workers = EnvironmentOptions.Number(EnvironmentVariables, "--workers", "Replications run at once on this silo (default: one per core).", defaults.Workers);
        var maxReplications = EnvironmentOptions.Number(EnvironmentVariables, "--max-replications", "Largest experiment this cluster accepts.", defaults.MaxReplications);
        var probeTimeout = EnvironmentOptions.Number(EnvironmentVariables, "--probe-timeout", "Seconds before a membership probe counts as missed (smaller finds a dead silo sooner).", (int)defaults.ProbeTimeout.TotalSeconds);
        var missedProbes = EnvironmentOptions.Number(EnvironmentVariables, "--missed-probes", "Missed probes before a silo is suspected dead.", defaults.MissedProbesLimit);
        var command = new Command("silo", "Run one silo of a cluster (Redis membership and storage) until SIGTERM or Ctrl+C.")
        {
            redis, clusterId, siloPort, gatewayPort, advertise, workers, maxReplications, probeTimeout, missedProbes,
        };
        var security = ClusterSecurityOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var (redisHost, redisPort) = Parse(() => ClusterAddress.ParseRedis(Required(parse.GetValue(redis), "--redis"), "--redis"));
            var id = Parse(() => ClusterAddress.CheckClusterId(Required(parse.GetValue(clusterId), "--cluster-id")));
            var options = new ClusterSiloOptions
            {
                Cluster = security.Apply(parse, new ClusterAddress(redisHost, redisPort, id))!,
                SiloPort = Port(parse.GetValue(siloPort), "--silo-port"),
                GatewayPort = Port(parse.GetValue(gatewayPort), "--gateway-port"),
                AdvertisedAddress = AdvertisedAddress.Resolve(parse.GetValue(advertise)),
                Workers = AtLeastOne(parse.GetValue(workers), "--workers"),
                MaxReplications = AtLeastOne(parse.GetValue(maxReplications), "--max-replications"),
                ProbeTimeout = TimeSpan.FromSeconds(AtLeastOne(parse.GetValue(probeTimeout), "--probe-timeout")),
                MissedProbesLimit = AtLeastOne(parse.GetValue(missedProbes), "--missed-probes"),
            };
            if (options.SiloPort == options.GatewayPort)
            {
                throw new InvalidRequestException($"--silo-port and --gateway-port must differ (both {options.SiloPort}).");
            }

            return Run(options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> Run(ClusterSiloOptions options, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Containers stop with SIGTERM, terminals with Ctrl+C: either way, leave the cluster gracefully.
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        await using var silo = await StartAsync(options, stop.Token).ConfigureAwait(false);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"silo ready: cluster {options.Cluster.ClusterId}, silo port {options.SiloPort}, gateway port {options.GatewayPort}, workers {options.Workers}, redis {options.Cluster.Redis}, address {silo.Address}, {options.Cluster.Security}"));
        Console.Out.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // asked to stop
        }

        Console.WriteLine("silo stopping: handing back running replications and leaving the cluster");
        Console.Out.Flush();
        return ExitCodes.Success;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static async Task<ClusterSilo> StartAsync(ClusterSiloOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await ClusterSilo.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterSecurityException e)
        {
            // A refused password or an unusable certificate is the operator's to fix: exit 2 with the message alone.
            throw new InvalidRequestException(e.Message, e);
        }
    }

    private static string Required(string? value, string option) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidRequestException($"{option} is required (or set {EnvironmentVariables[option]}).") : value;

    private static T Parse<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (FormatException e)
        {
            throw new InvalidRequestException(e.Message, e);
        }
    }

    private static int Port(int value, string option) =>
        value is >= 1 and <= 65535 ? value : throw new InvalidRequestException($"{option} must be from 1 to 65535 (got {value}).");

    private static int AtLeastOne(int value, string option) =>
        value >= 1 ? value : throw new InvalidRequestException($"{option} must be 1 or more (got {value}).");
}
