using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Browser;

/// <summary>
/// Loads the English briefing in headless Chromium (Debian's /usr/bin/chromium, installed by .ci/run), checks the
/// rendered DOM holds every section and no script ran, and keeps a screenshot beside this file for the README.
/// </summary>
public class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static (int ExitCode, string Stdout, string Stderr) RunChromium(string profile, params string[] arguments)
    {
        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void The_html_briefing_renders_every_section_in_chromium_and_is_screenshotted()
    {
        Assert.True(File.Exists(Chromium), "Chromium is not installed: apt-get install -y chromium (.ci/run does this).");
        using var temp = new TempFolder();
        foreach (var file in RenderHelper.Succeeded(RenderHelper.RenderStory()))
        {
            File.WriteAllText(Path.Combine(temp.Path, file.Key), file.Value);
        }

        var page = new Uri(Path.Combine(temp.Path, "deepseek-shock.en.html")).AbsoluteUri;
        var dom = RunChromium(Path.Combine(temp.Path, "profile-dom"), "--dump-dom", page);
        Assert.True(dom.ExitCode == 0, dom.Stderr);
        foreach (var id in new[] { "in-brief", "timeline", "markets", "products", "quotes", "claims", "people", "editorial-notes", "sources" })
        {
            Assert.Contains($"<section id=\"{id}\"", dom.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("<svg role=\"img\"", dom.Stdout, StringComparison.Ordinal);
        Assert.Contains("<table>", dom.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Uncaught", dom.Stderr, StringComparison.Ordinal);

        var png = Path.Combine(temp.Path, "briefing.en.png");
        var shot = RunChromium(Path.Combine(temp.Path, "profile-shot"), "--screenshot=" + png, "--window-size=1280,2400", page);
        Assert.True(shot.ExitCode == 0 && File.Exists(png), shot.Stderr);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 20_000, "The screenshot is suspiciously small: " + bytes.Length + " bytes.");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);

        // The run's screenshot is a test artifact; the copy kept beside this test (shown in the README) is
        // refreshed only when snapshots are being accepted, so a plain test run never dirties the checkout.
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        File.Copy(png, Path.Combine(artifacts, "briefing.en.png"), overwrite: true);
        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) is "1" or "true")
        {
            File.Copy(png, Path.Combine(ThisFolder(), "briefing.en.png"), overwrite: true);
        }
    }

    private static string ThisFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
