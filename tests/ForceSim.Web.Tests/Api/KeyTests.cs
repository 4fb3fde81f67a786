using System.Net;
using ForceSim.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ForceSim.Web.Tests.Api;

public sealed class KeyTests : IDisposable
{
    private readonly TempFolder data = new();

    [Fact]
    public async Task With_a_key_set_an_api_call_without_it_is_refused_and_with_it_answered()
    {
        using var factory = new WebFactory(data.Path, WebFactory.Key);
        using var client = factory.CreateClient();

        var without = await client.GetAsync("/api/scenarios");
        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios") { Headers = { { "X-Api-Key", WebFactory.Key } } };
        var with = await client.SendAsync(keyed);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios") { Headers = { { "X-Api-Key", WebFactory.Key + "x" } } };
        var wrongKey = await client.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
    }

    [Fact]
    public async Task With_a_key_set_a_page_without_the_login_cookie_goes_to_the_login_page_but_the_health_check_answers()
    {
        using var factory = new WebFactory(data.Path, WebFactory.Key);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync("/history");
        var dashboard = await client.GetAsync("/orleans/");
        var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Without_a_key_pages_the_api_and_the_orleans_dashboard_answer_on_loopback()
    {
        using var factory = new WebFactory(data.Path);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/scenarios")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/orleans/")).StatusCode);
        Assert.Contains("_framework/blazor.web.js", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5099")]
    [InlineData("http://*:5099")]
    [InlineData("http://127.0.0.1:5099;http://192.168.1.20:5099")]
    public async Task Listening_beyond_loopback_without_a_key_refuses_to_start_with_exit_2(string urls)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ForceSimServer.RunAsync(new ServeSettings { Urls = urls, DataFolder = data.Path }, output, error);

        Assert.Equal(2, exit);
        Assert.Contains("--api-key", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    public void Dispose() => data.Dispose();
}
