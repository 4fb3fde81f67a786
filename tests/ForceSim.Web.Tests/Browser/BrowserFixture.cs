using ForceSim.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace ForceSim.Web.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port on 127.0.0.1 and Debian's Chromium driven by Playwright (no browser download), shared
/// by the browser tests. Screenshots go to <c>screenshots/</c> in the test output.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder data = new();
    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Screenshots);
        var settings = new ServeSettings { Urls = "http://127.0.0.1:0", DataFolder = data.Path, ScenariosFolder = RepositoryPaths.File("scenarios") };
        app = ForceSimServer.Build(settings, [], AppContext.BaseDirectory);
        await app.StartAsync();
        BaseUrl = app.Urls.First();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A new page on the app, at <paramref name="path"/>, once the Blazor circuit has drawn its heading.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(BaseUrl + path);
        await page.Locator("main h1").WaitForAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public void Dispose() => data.Dispose();

    private static string ChromiumPath()
    {
        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Debian's chromium package is needed for the browser tests: apt-get install -y chromium (.ci/run installs it).");
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>;
