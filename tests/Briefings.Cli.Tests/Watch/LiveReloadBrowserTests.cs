using System;
using System.IO;
using System.Threading.Tasks;
using Briefings.Testing;
using PuppeteerSharp;
using Xunit;

namespace Briefings.Cli.Tests.Watch;

/// <summary>
/// Headless Chromium (Debian's /usr/bin/chromium, installed by .ci/run) on a page served by the watch loop: it reloads
/// itself when a fact changes, shows the located errors while the facts are broken (as text, never as markup), and
/// drops them once fixed.
/// </summary>
public class LiveReloadBrowserTests
{
    private const string Nvidia = "seeds/market-moves/2025-01-27.yaml";
    private const string Overlay = "document.getElementById('briefings-live-errors')";

    [BrowserFact]
    public async Task An_open_page_reloads_on_an_edit_and_shows_the_located_errors_while_broken()
    {
        HeadlessChromium.AssertInstalled();
        using var profile = new TempFolder("briefings-chromium");
        using var story = new WatchedStory(serve: true);
        var options = new LaunchOptions
        {
            Headless = true,
            ExecutablePath = HeadlessChromium.ExecutablePath,
            UserDataDir = profile.Path,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        };
        await using var browser = await Puppeteer.LaunchAsync(options);
        await using var page = await browser.NewPageAsync();
        var address = new Uri(story.Watcher.Address!, "deepseek-shock.en.html").AbsoluteUri;
        await page.GoToAsync(address);
        Assert.Contains("fell 16.86%", await page.GetContentAsync(), StringComparison.Ordinal);

        // An edit: the open page reloads by itself (the marker set on the old page is gone) and shows the new value.
        await page.EvaluateExpressionAsync("window.notReloaded = true");
        story.Edit(Nvidia, "change: -16.86%", "change: -16.87%");
        await page.WaitForFunctionAsync("() => !window.notReloaded && document.body.innerHTML.includes('fell 16.87%')", new WaitForFunctionOptions { Timeout = 60_000 });

        // Broken facts: the errors appear over the page, located, and the hostile key is shown as text, not run.
        story.Edit(Nvidia, "change: -16.87%", "change: -16.8x%\n    \"<img src=x onerror=window.pwned=1>\": 1");
        await page.WaitForFunctionAsync($"() => {Overlay} && {Overlay}.textContent.includes('BRF013')", new WaitForFunctionOptions { Timeout = 60_000 });
        var errors = await page.EvaluateExpressionAsync<string>(Overlay + ".textContent");
        Assert.Contains("seeds/market-moves/2025-01-27.yaml(12,13): error BRF015", errors, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=window.pwned=1>", errors, StringComparison.Ordinal);
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#briefings-live-errors *').length"));
        Assert.False(await page.EvaluateExpressionAsync<bool>("window.pwned === 1"));

        // A page opened while the facts are broken shows the errors at once, over the last good briefing.
        await using (var late = await browser.NewPageAsync())
        {
            await late.GoToAsync(address);
            Assert.Contains("BRF015", await late.EvaluateExpressionAsync<string>(Overlay + ".textContent"), StringComparison.Ordinal);
            Assert.Contains("fell 16.87%", await late.GetContentAsync(), StringComparison.Ordinal);
        }

        // Fixed: the page reloads without the errors.
        story.Edit(Nvidia, "change: -16.8x%\n    \"<img src=x onerror=window.pwned=1>\": 1", "change: -16.85%");
        await page.WaitForFunctionAsync($"() => !{Overlay} && document.body.innerHTML.includes('fell 16.85%')", new WaitForFunctionOptions { Timeout = 60_000 });
    }
}
