using ForceSim.Cli.Commands;
using ForceSim.Grains.Hosting;
using YamlDotNet.Serialization;

namespace ForceSim.Cluster.Tests.Deployment;

/// <summary>docker-compose.yml and the Dockerfile agree with the code: files exist, variables are the silo's, ports and ids match.</summary>
public sealed class ComposeFileTests
{
    private static readonly string Root = RepositoryPaths.Root;
    private static readonly Dictionary<object, object> Services = (Dictionary<object, object>)Load()["services"];

    [Fact]
    public void The_compose_file_has_redis_three_silo_replicas_and_a_client()
    {
        Assert.Equal(["client", "redis", "silo"], Services.Keys.Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal("3", Text(Map(Service("silo")["deploy"])["replicas"]));
        Assert.Equal(["silo"], List(Service("silo")["command"]));
        Assert.Contains("--appendonly", List(Service("redis")["command"]));
    }

    [Fact]
    public void Every_silo_environment_variable_is_one_the_silo_reads()
    {
        var known = SiloCommand.EnvironmentVariables.Values.ToHashSet();
        var environment = Environment("silo");
        Assert.NotEmpty(environment);
        Assert.All(environment.Keys, name => Assert.Contains(name, known));
        Assert.Contains("FORCESIM_REDIS", environment.Keys);
        Assert.Contains("FORCESIM_CLUSTER_ID", environment.Keys);
    }

    [Fact]
    public void Exposed_ports_are_the_silo_and_gateway_ports_the_silo_is_given_and_the_dockerfile_exposes()
    {
        var environment = Environment("silo");
        var ports = new[] { environment["FORCESIM_SILO_PORT"], environment["FORCESIM_GATEWAY_PORT"] };
        Assert.Equal(ports.Order(StringComparer.Ordinal), List(Service("silo")["expose"]).Order(StringComparer.Ordinal));
        Assert.Contains($"EXPOSE {ports[0]} {ports[1]}", File.ReadAllText(Path.Combine(Root, "Dockerfile")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_points_at_the_redis_service_and_the_cluster_id_the_silos_use()
    {
        var command = List(Service("client")["command"]);
        var cluster = ClusterAddress.Parse(command[command.IndexOf("--cluster") + 1]);
        var environment = Environment("silo");
        Assert.Equal(environment["FORCESIM_CLUSTER_ID"], cluster.ClusterId);
        Assert.Equal(environment["FORCESIM_REDIS"], cluster.Redis);
        Assert.Equal("redis", cluster.RedisHost);
        Assert.Contains("redis", List(Service("silo")["depends_on"]));
    }

    [Fact]
    public void Every_file_the_deployment_refers_to_exists()
    {
        foreach (var name in new[] { "silo", "client" })
        {
            Assert.Equal(".", Text(Service(name)["build"]));
        }

        Assert.True(File.Exists(Path.Combine(Root, "Dockerfile")));
        // The client's scenario is shipped beside forcesim in the image, as scenarios/ is in the repository.
        var scenario = List(Service("client")["command"])[1];
        Assert.True(File.Exists(Path.Combine(Root, scenario)), scenario);
        var dockerfile = File.ReadAllLines(Path.Combine(Root, "Dockerfile"));
        var copied = dockerfile.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]);
        Assert.All(copied, path => Assert.True(File.Exists(Path.Combine(Root, path)) || Directory.Exists(Path.Combine(Root, path)), path));
        Assert.Contains(dockerfile, l => l.Contains("fonts-dejavu-core", StringComparison.Ordinal));
        Assert.Contains(dockerfile, l => l.Contains("forcesim.dll", StringComparison.Ordinal));
    }

    private static Dictionary<object, object> Service(string name) => Map(Services[name]);

    private static Dictionary<string, string> Environment(string service) =>
        Map(Service(service)["environment"]).ToDictionary(e => (string)e.Key, e => Text(e.Value));

    private static Dictionary<object, object> Map(object node) => (Dictionary<object, object>)node;

    private static List<string> List(object node) => [.. ((List<object>)node).Select(Text)];

    private static string Text(object node) => (string)node;

    private static Dictionary<object, object> Load() =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(Root, "docker-compose.yml")));
}
