using ForceSim.Experiments;
using ForceSim.Web.Hosting;

// Standalone start (and the entry point WebApplicationFactory drives); `forcesim serve` calls ForceSimServer.RunAsync.
// Settings come from configuration: --urls, ForceSim:ApiKey, ForceSim:DataFolder, ForceSim:Cluster, ForceSim:Limits:*.
try
{
    var app = ForceSimServer.Build(new ServeSettings(), args);
    await app.RunAsync();
    return 0;
}
catch (InvalidRequestException e)
{
    await Console.Error.WriteLineAsync("error: " + e.Message);
    return 2;
}

/// <summary>The entry point, public so WebApplicationFactory can find it.</summary>
public partial class Program;
