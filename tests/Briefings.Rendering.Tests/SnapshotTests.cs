using System;
using System.Linq;
using Briefings.Snapshots;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>The shipped story's outputs, each against its verified snapshot (accept with BRIEFINGS_ACCEPT_SNAPSHOTS=1).</summary>
public class SnapshotTests
{
    [Fact]
    public void Html_briefings_match_their_snapshots()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        Snapshot.VerifyAll(files.Where(f => f.Key.EndsWith(".html")).Select(f => (f.Key[..^5], f.Value)), "html");
    }

    [Fact]
    public void Markdown_briefings_match_their_snapshots()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        Snapshot.VerifyAll(files.Where(f => f.Key.EndsWith(".md")).Select(f => (f.Key[..^3], f.Value)), "md");
    }

    [Fact]
    public void Json_companions_match_their_snapshots()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        Snapshot.VerifyAll(files.Where(f => f.Key.EndsWith(".json")).Select(f => (f.Key[..^5], f.Value)), "json");
    }

    [Fact]
    public void Atom_feeds_match_their_snapshots()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        Snapshot.VerifyAll(files.Where(f => f.Key.EndsWith(".atom")).Select(f => (f.Key[..^5], f.Value)), "atom");
    }

    [Fact]
    public void The_story_renders_four_briefings_the_json_companions_and_the_feeds_with_no_warnings()
    {
        var result = RenderHelper.RenderStory();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new[]
            {
                "deepseek-shock.en.atom", "deepseek-shock.en.html", "deepseek-shock.en.md", "deepseek-shock.en.timeline.json", "deepseek-shock.model.json",
                "deepseek-shock.zh-Hant.atom", "deepseek-shock.zh-Hant.html", "deepseek-shock.zh-Hant.md", "deepseek-shock.zh-Hant.timeline.json",
            },
            result.Files.Select(f => f.Name));
    }

    [Fact]
    public void Dates_and_percents_are_written_per_language()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        Assert.Contains("<time datetime=\"2025-01-27\">January 27, 2025</time>", files["deepseek-shock.en.html"]);
        Assert.Contains("<time datetime=\"2025-01-27\">2025年1月27日</time>", files["deepseek-shock.zh-Hant.html"]);
        Assert.Contains("<html lang=\"zh-Hant\">", files["deepseek-shock.zh-Hant.html"]);
        Assert.Contains("| fell 16.86% |", files["deepseek-shock.en.md"], StringComparison.Ordinal);
        Assert.Contains("| 下跌逾17% |", files["deepseek-shock.zh-Hant.md"], StringComparison.Ordinal);
    }
}
