using Microsoft.Playwright;
using SkiaSharp;

namespace ForceSim.Web.Tests.Browser;

/// <summary>What every browser test checks the same way: screenshots that show something, labels, keyboard focus.</summary>
internal static class PageChecks
{
    /// <summary>Saves a full-page screenshot under the test output and checks it is not blank (many colours, not one).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(BrowserFixture.Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        using var bitmap = SKBitmap.Decode(path);
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 7)
        {
            for (var x = 0; x < bitmap.Width; x += 7)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        Assert.True(colours.Count > 20, $"{path} looks blank ({colours.Count} colours).");
    }

    /// <summary>Inputs, selects and text areas with no label (by <c>for</c>, nesting or an ARIA label).</summary>
    public static Task<string[]> UnlabelledInputsAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => Array.from(document.querySelectorAll('input, select, textarea'))
            .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
            .map(e => e.outerHTML.slice(0, 160))
        """);

    /// <summary>Presses Tab until the element with <paramref name="id"/> has the focus (at most 80 presses).</summary>
    public static async Task TabToAsync(IPage page, string id)
    {
        for (var press = 0; press < 80; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''") == id)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached #{id}.");
    }
}
