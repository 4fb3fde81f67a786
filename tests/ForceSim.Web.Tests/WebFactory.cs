using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ForceSim.Web.Tests;

/// <summary>The real app in memory (WebApplicationFactory) on its own data folder, with the repository's scenarios and, if given, a key.</summary>
public sealed class WebFactory(string dataFolder, string? apiKey = null, int maxReplications = 200) : WebApplicationFactory<Program>
{
    public const string Key = "test-key-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ForceSim:DataFolder", dataFolder);
        builder.UseSetting("ForceSim:ScenariosFolder", RepositoryPaths.File("scenarios"));
        builder.UseSetting("ForceSim:Limits:MaxReplications", maxReplications.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (apiKey is not null)
        {
            builder.UseSetting("ForceSim:ApiKey", apiKey);
        }
    }
}
