using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Briefings.Snapshots;
using Briefings.Testing;
using Deque.AxeCore.Commons;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Xunit;

namespace Briefings.Rendering.Tests.Browser;

/// <summary>
/// The HTML briefings of the shipped story in headless Chromium (Debian's /usr/bin/chromium, installed by .ci/run),
/// driven through PuppeteerSharp: every section is there and no script runs; axe-core (from Deque.AxeCore.Commons) finds
/// no WCAG 2.2 AA violation in either language, light or dark, wide or narrow; the page fits a phone without sideways
/// scrolling and the chart's labels stay legible there; and the four screenshots shown in the README are taken.
/// </summary>
public sealed class BrowserTests : IClassFixture<BrowserTests.RenderedStory>
{
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly string[] ColorSchemes = ["light", "dark"];
    private const int Wide = 1280;
    private const int Phone = 390;
    private const int SmallPhone = 320;
    private const double MinimumChartLabelPixels = 12;

    private readonly RenderedStory story;

    public BrowserTests(RenderedStory story) => this.story = story;

    public static TheoryData<string> Languages => new() { "en", "zh-Hant" };

    [BrowserTheory]
    [MemberData(nameof(Languages))]
    public async Task The_html_briefing_renders_every_section_and_runs_no_script(string lang)
    {
        await using var page = await story.OpenAsync(lang, Wide, "light");
        var html = await page.GetContentAsync();
        foreach (var id in new[] { "in-brief", "figures", "events", "market_moves", "quotes", "claims", "reference", "editorial_notes", "sources" })
        {
            Assert.Contains($"<section id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("<svg role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("[...document.scripts].filter(s => s.type !== 'application/ld+json').length"));
        Assert.Empty(story.PageErrors);
    }

    [BrowserTheory]
    [MemberData(nameof(Languages))]
    public async Task Axe_finds_no_wcag_2_2_aa_violation_in_light_or_dark_at_any_width(string lang)
    {
        var violations = new List<string>();
        foreach (var scheme in ColorSchemes)
        {
            foreach (var width in new[] { Wide, Phone })
            {
                await using var page = await story.OpenAsync(lang, width, scheme);
                await page.EvaluateExpressionAsync(story.AxeScript);
                var found = await page.EvaluateFunctionAsync<string[]>(
                    """
                    async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
                      .violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${(n.failureSummary || '').replace(/\s+/g, ' ')}`))
                    """,
                    (object)AxeTags);
                violations.AddRange(found.Select(v => $"{lang}, {scheme}, {width} px: {v}"));
            }
        }

        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} WCAG 2.2 AA violation(s):\n" + string.Join("\n", violations));
    }

    [BrowserTheory]
    [MemberData(nameof(Languages))]
    public async Task The_page_fits_a_phone_and_the_chart_labels_stay_legible(string lang)
    {
        foreach (var width in new[] { Phone, SmallPhone })
        {
            await using var page = await story.OpenAsync(lang, width, "light");
            var scrollWidth = await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth");
            var wide = await page.EvaluateFunctionAsync<string[]>(
                "width => [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 0.5)" +
                ".slice(0, 5).map(e => `<${e.localName} class=\"${e.getAttribute('class') ?? ''}\"> right edge ${Math.round(e.getBoundingClientRect().right)} px`)",
                width);
            Assert.True(scrollWidth <= width, $"{lang} at {width} px scrolls sideways: the page is {scrollWidth} px wide. Too wide: {string.Join("; ", wide)}");
        }

        await using (var phone = await story.OpenAsync(lang, Phone, "light"))
        {
            // The size a reader sees: the computed font size times the SVG's scale on screen.
            var sizes = await phone.EvaluateExpressionAsync<double[]>(
                "[...document.querySelectorAll('figure svg text')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)");
            Assert.NotEmpty(sizes);
            Assert.True(sizes.Min() >= MinimumChartLabelPixels, $"{lang} at {Phone} px: the smallest chart label is {sizes.Min():0.0} px (at least {MinimumChartLabelPixels} px).");
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Languages))]
    public async Task Screenshots_at_desktop_and_phone_width_are_taken(string lang)
    {
        // The run's screenshots are test artifacts; the copies kept beside this test (shown in the README) are refreshed
        // only when snapshots are being accepted, so a plain test run never dirties the checkout.
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        foreach (var (width, height) in new[] { (Wide, 1600), (Phone, 1600) })
        {
            await using var page = await story.OpenAsync(lang, width, "light", height);
            var name = $"briefing.{lang}.{width}.png";
            var png = Path.Combine(artifacts, name);
            await page.ScreenshotAsync(png, new ScreenshotOptions { Type = ScreenshotType.Png });
            var bytes = await File.ReadAllBytesAsync(png);
            Assert.True(bytes.Length > 20_000, $"The screenshot {name} is suspiciously small: {bytes.Length} bytes.");
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
            if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) is "1" or "true")
            {
                File.Copy(png, Path.Combine(ThisFolder(), name), overwrite: true);
            }
        }
    }

    private static string ThisFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>The shipped story rendered once into a temp folder, and one headless Chromium for every test of the class.</summary>
    public sealed class RenderedStory : IAsyncLifetime
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("briefings-browser-");
        private IBrowser? browser;

        public string AxeScript { get; } = new BundledAxeScriptProvider().GetScript();

        public List<string> PageErrors { get; } = [];

        public async Task InitializeAsync()
        {
            if (HeadlessChromium.SkipReason is not null)
            {
                return; // every test of the class is skipped, naming the install line
            }

            HeadlessChromium.AssertInstalled();
            foreach (var file in RenderHelper.Succeeded(RenderHelper.RenderStory()))
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, file.Key), file.Value);
            }

            browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                Headless = true,
                ExecutablePath = HeadlessChromium.ExecutablePath,
                UserDataDir = Path.Combine(folder.FullName, "profile"),
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--hide-scrollbars"],
            });
        }

        /// <summary>Opens a briefing at a viewport width (a phone below 500 px: mobile, touch) in a colour scheme.</summary>
        public async Task<IPage> OpenAsync(string lang, int width, string scheme, int height = 900)
        {
            var page = await browser!.NewPageAsync();
            page.PageError += (_, e) => PageErrors.Add(e.Message);
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height, IsMobile = width < 500, HasTouch = width < 500, DeviceScaleFactor = 1 });
            await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = scheme }]);
            await page.GoToAsync(new Uri(Path.Combine(folder.FullName, $"deepseek-shock.{lang}.html")).AbsoluteUri);
            return page;
        }

        public async Task DisposeAsync()
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
