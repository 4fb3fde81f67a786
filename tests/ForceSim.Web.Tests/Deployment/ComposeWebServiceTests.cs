using YamlDotNet.RepresentationModel;

namespace ForceSim.Web.Tests.Deployment;

public sealed class ComposeWebServiceTests
{
    [Fact]
    public void The_compose_web_service_is_a_keyed_client_of_the_cluster_with_a_health_check()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(RepositoryPaths.File("docker-compose.yml")))
        {
            yaml.Load(reader);
        }

        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        var web = (YamlMappingNode)services["web"];
        var command = ((YamlSequenceNode)web["command"]).Select(n => n.ToString()).ToList();
        var environment = (YamlMappingNode)web["environment"];
        var health = string.Join(' ', ((YamlSequenceNode)((YamlMappingNode)web["healthcheck"])["test"]).Select(n => n.ToString()));

        Assert.Equal("serve", command[0]);
        Assert.Equal("rediss://redis:6379/forcesim", command[command.IndexOf("--cluster") + 1]);
        Assert.StartsWith("${FORCESIM_API_KEY", environment["FORCESIM_API_KEY"].ToString(), StringComparison.Ordinal);
        Assert.Contains("/healthz", health, StringComparison.Ordinal);
        Assert.Contains("5080", command[command.IndexOf("--urls") + 1], StringComparison.Ordinal);
    }
}
