using ForceSim.Cli.Commands;
using ForceSim.Cli.Options;
using ForceSim.Grains.Hosting;
using YamlDotNet.Serialization;

namespace ForceSim.Cluster.Tests.Deployment;

/// <summary>docker-compose.yml and the Dockerfile agree with the code: files exist, variables are the silo's, ports and ids match.</summary>
public sealed class ComposeFileTests
{
    private static readonly string Root = RepositoryPaths.Root;
    private static readonly Dictionary<object, object> Services = (Dictionary<object, object>)Load()["services"];

    [Fact]
    public void The_compose_file_has_redis_three_silo_replicas_a_client_and_the_web_app()
    {
        Assert.Equal(["client", "redis", "silo", "web"], Services.Keys.Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal("3", Text(Map(Service("silo")["deploy"])["replicas"]));
        Assert.Equal(["silo"], List(Service("silo")["command"]));
        Assert.Contains("--appendonly yes", string.Join(' ', List(Service("redis")["command"])), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_silo_environment_variable_is_one_the_silo_reads()
    {
        var known = SiloCommand.EnvironmentVariables.Values.Concat(ClusterSecurityOptions.EnvironmentVariables.Values).ToHashSet();
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
        Assert.True(cluster.Security.RedisTls, "the client must reach the TLS-only Redis with a rediss:// address");
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

    [Fact]
    public void Redis_requires_the_password_from_a_secret_and_speaks_only_TLS()
    {
        var command = string.Join(' ', List(Service("redis")["command"]));
        Assert.Contains("requirepass", command, StringComparison.Ordinal);
        Assert.Contains("/run/secrets/redis-password", command, StringComparison.Ordinal);
        Assert.Contains("--port 0 --tls-port 6379", command, StringComparison.Ordinal);
        foreach (var secret in new[] { "node-certificate", "node-key", "cluster-ca" })
        {
            Assert.Contains($"/run/secrets/{secret}", command, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("--requirepass", command, StringComparison.Ordinal);
    }

    [Fact]
    public void Silos_and_client_read_the_password_and_certificates_from_secrets_they_are_given()
    {
        var declared = Map(Load()["secrets"]);
        foreach (var name in new[] { "silo", "client" })
        {
            var environment = Environment(name);
            var given = List(Service(name)["secrets"]);
            Assert.All(environment.Keys, key => Assert.Contains(key, ClusterSecurityOptions.EnvironmentVariables.Values.Concat(SiloCommand.EnvironmentVariables.Values)));
            Assert.DoesNotContain("FORCESIM_REDIS_PASSWORD", environment.Keys);
            foreach (var key in new[] { "FORCESIM_REDIS_PASSWORD_FILE", "FORCESIM_REDIS_CA", "FORCESIM_TLS_CERTIFICATE", "FORCESIM_TLS_KEY", "FORCESIM_TLS_CA" })
            {
                var path = environment[key];
                Assert.StartsWith("/run/secrets/", path, StringComparison.Ordinal);
                var secret = path["/run/secrets/".Length..];
                Assert.Contains(secret, given);
                Assert.True(declared.ContainsKey(secret), $"{name}: secret {secret} is not declared");
            }
        }

        Assert.All(List(Service("redis")["secrets"]), secret => Assert.True(declared.ContainsKey(secret), secret));
    }

    [Fact]
    public void The_secret_files_are_the_ones_the_readme_makes_and_git_and_docker_ignore()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        foreach (var secret in Map(Load()["secrets"]).Values.Select(v => Text(Map(v)["file"])))
        {
            Assert.StartsWith("./secrets/", secret, StringComparison.Ordinal);
            var file = secret["./secrets/".Length..];
            Assert.Matches($@"(-out|-keyout|>) {System.Text.RegularExpressions.Regex.Escape(file)}\b", readme);
        }

        Assert.Contains("secrets/", File.ReadAllLines(Path.Combine(Root, ".gitignore")));
        Assert.Contains("secrets/", File.ReadAllLines(Path.Combine(Root, ".dockerignore")));
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
