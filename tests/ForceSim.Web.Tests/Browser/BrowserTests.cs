using System.Text;
using Microsoft.Playwright;

namespace ForceSim.Web.Tests.Browser;

[Collection("browser")]
public sealed class BrowserTests(BrowserFixture app)
{
    private static readonly string[] Pages = ["/", "/levers", "/run", "/compare", "/budget", "/history", "/experiments"];

    [Fact]
    public async Task Running_the_Cambridgeshire_baseline_with_two_replications_shows_grades_and_History_keeps_it_after_a_reload()
    {
        var page = await app.OpenAsync("/run?scenario=cambridgeshire-2022");
        await page.FillAsync("#replications", "2");
        await page.FillAsync("#days", "7");
        await page.Keyboard.PressAsync("Tab");
        await page.ClickAsync("#start-run");
        await page.Locator("[role=status]").Filter(new LocatorFilterOptions { HasText = "replications" }).WaitForAsync();
        await PageChecks.ScreenshotAsync(page, "run-progress");
        await page.ClickAsync("#see-results", new PageClickOptions { Timeout = 300_000 });

        await page.Locator("#grades").WaitForAsync();
        var grades = await page.InnerTextAsync("#grades");
        Assert.Contains("Responding to the public", grades, StringComparison.Ordinal);
        Assert.Contains("%", grades, StringComparison.Ordinal);
        Assert.Contains("2 replications", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await PageChecks.ScreenshotAsync(page, "results");

        await page.GotoAsync(app.BaseUrl + "/history");
        await page.ReloadAsync();
        var history = await page.Locator("#history").InnerTextAsync();
        Assert.Contains("Cambridgeshire Constabulary 2021/22 baseline", history, StringComparison.Ordinal);
        Assert.Contains("done", history, StringComparison.Ordinal);
        await PageChecks.ScreenshotAsync(page, "history");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Uploading_a_broken_scenario_shows_its_problem_with_line_column_key_path_and_did_you_mean()
    {
        var page = await app.OpenAsync("/");
        var yaml = "extends: ../cambridgeshire-2022.yaml\nrun:\n  replicatons: 3\n";

        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "broken.yaml", MimeType = "application/x-yaml", Buffer = Encoding.UTF8.GetBytes(yaml) });

        var problem = page.Locator("ul.problems li").First;
        await problem.WaitForAsync();
        var text = await problem.InnerTextAsync();
        Assert.Contains("scenario line 3, column 3", text, StringComparison.Ordinal);
        Assert.Contains("run.replicatons", text, StringComparison.Ordinal);
        Assert.Contains("Did you mean replications?", text, StringComparison.Ordinal);
        await PageChecks.ScreenshotAsync(page, "scenarios-broken-upload");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Comparing_the_baseline_with_twenty_more_call_handlers_shows_the_paired_changes()
    {
        var page = await app.OpenAsync("/compare");
        await page.SelectOptionAsync("#option-1", "whatif/plus-20-call-handlers");
        await page.FillAsync("#cmp-replications", "2");
        await page.FillAsync("#cmp-days", "7");
        await page.Keyboard.PressAsync("Tab");
        await page.ClickAsync("#start-compare");
        await page.ClickAsync("#see-comparison", new PageClickOptions { Timeout = 300_000 });

        await page.Locator("#comparison").WaitForAsync();
        var table = await page.InnerTextAsync("#comparison");
        Assert.Contains("What if: 20 more call handlers", table, StringComparison.Ordinal);
        Assert.Contains("999 answered within 10 s", table, StringComparison.Ordinal);
        await PageChecks.ScreenshotAsync(page, "compare-results");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Changing_a_lever_shows_its_annual_cost_change_and_offers_a_run_with_it()
    {
        var page = await app.OpenAsync("/levers");
        var first = page.Locator("input[id^=lever-]").First;
        var current = int.Parse(await first.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await first.FillAsync((current + 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Tab");

        var cost = page.Locator("#lever-cost");
        await cost.Filter(new LocatorFilterOptions { HasText = "Annual cost change: +£" }).WaitForAsync();
        Assert.Contains("&set=", await page.GetAttributeAsync("#run-levers", "href"), StringComparison.Ordinal);
        await PageChecks.ScreenshotAsync(page, "levers-changed");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_budget_search_recommends_a_mix_with_its_cost()
    {
        var page = await app.OpenAsync("/budget");
        await page.FillAsync("#budget-extra", "300000");
        await page.FillAsync("#budget-roles", "call_handler, response_officer");
        await page.FillAsync("#budget-replications", "2");
        await page.FillAsync("#budget-mixes", "4");
        await page.FillAsync("#budget-days", "7");
        await page.Keyboard.PressAsync("Tab");
        await page.ClickAsync("#start-budget");
        await page.ClickAsync("#see-budget", new PageClickOptions { Timeout = 300_000 });

        await page.Locator("#budget-mix").WaitForAsync();
        var mix = await page.InnerTextAsync("#budget-mix");
        Assert.Contains("call handler", mix, StringComparison.Ordinal);
        Assert.Contains("£", mix, StringComparison.Ordinal);
        await PageChecks.ScreenshotAsync(page, "budget-results");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_alone_fills_in_a_run_starts_it_and_opens_its_results()
    {
        var page = await app.OpenAsync("/run?scenario=cambridgeshire-2022");

        await PageChecks.TabToAsync(page, "replications");
        await page.Keyboard.TypeAsync("2");
        await PageChecks.TabToAsync(page, "days");
        await page.Keyboard.TypeAsync("7");
        await PageChecks.TabToAsync(page, "start-run");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#see-results").WaitForAsync(new LocatorWaitForOptions { Timeout = 300_000 });
        await PageChecks.TabToAsync(page, "see-results");
        await page.Keyboard.PressAsync("Enter");

        await page.Locator("#grades").WaitForAsync();
        Assert.Contains("/results/run-", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Every_page_has_a_label_for_every_input_and_a_screenshot_that_is_not_blank()
    {
        foreach (var path in Pages)
        {
            var page = await app.OpenAsync(path);

            Assert.Empty(await PageChecks.UnlabelledInputsAsync(page));
            await PageChecks.ScreenshotAsync(page, path == "/" ? "scenarios" : path.TrimStart('/'));
            await page.CloseAsync();
        }
    }
}
