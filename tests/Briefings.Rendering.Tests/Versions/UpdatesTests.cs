using System;
using System.Linq;
using System.ServiceModel.Syndication;
using System.Xml;
using Briefings.Snapshots;
using Xunit;

namespace Briefings.Rendering.Tests.Versions;

/// <summary>
/// What readers see of the versions: the Updates section of both formats and languages, the Atom feed (read back with
/// System.ServiceModel.Syndication), "last updated" and the JSON-LD's dateModified and corrections, for the shipped
/// story with a second version that corrects Nvidia's fall to 17%.
/// </summary>
public class UpdatesTests
{
    private static readonly Lazy<System.Collections.Generic.Dictionary<string, string>> Files =
        new(() => RenderHelper.Succeeded(RenderHelper.RenderStory(StoryStates.TwoVersions())));

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' is not in the output");
        return text[from..(text.IndexOf(end, from, StringComparison.Ordinal) + end.Length)];
    }

    /// <summary>A Markdown section from its heading to the next heading of its level.</summary>
    private static string MarkdownSection(string text, string heading)
    {
        var from = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{heading}' is not in the output");
        var next = text.IndexOf("\n## ", from + heading.Length, StringComparison.Ordinal);
        return text[from..(next < 0 ? text.Length : next + 1)];
    }

    [Fact]
    public void The_updates_sections_match_their_snapshots()
    {
        Snapshot.VerifyAll(
            [
                ("en", Between(Files.Value["deepseek-shock.en.html"], "<section id=\"updates\"", "</section>\n")),
                ("zh-Hant", Between(Files.Value["deepseek-shock.zh-Hant.html"], "<section id=\"updates\"", "</section>\n")),
            ],
            "html");
        Snapshot.VerifyAll(
            [
                ("en", MarkdownSection(Files.Value["deepseek-shock.en.md"], "## Updates")),
                ("zh-Hant", MarkdownSection(Files.Value["deepseek-shock.zh-Hant.md"], "## 更新記錄")),
            ],
            "md");
    }

    [Fact]
    public void The_atom_feeds_match_their_snapshots()
    {
        Snapshot.VerifyAll(Files.Value.Where(f => f.Key.EndsWith(".atom", StringComparison.Ordinal)).Select(f => (f.Key[..^5], f.Value)), "atom");
    }

    [Theory]
    [InlineData("en", "Update of January 29, 2025 09:00 UTC", "Change: fell 17% (was fell 16.86%)", "Published January 2025")]
    [InlineData("zh-Hant", "2025年1月29日 09:00 UTC更新", "變動：下跌17%（原為下跌16.86%）", "發布：2025年1月")]
    public void The_atom_feed_reads_back_with_one_entry_per_version_newest_first(string lang, string title, string change, string first)
    {
        using var reader = XmlReader.Create(new System.IO.StringReader(Files.Value[$"deepseek-shock.{lang}.atom"]));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal($"tag:deepseek-shock,2025-01-01:{lang}", feed.Id);
        Assert.Equal(new DateTimeOffset(2025, 1, 29, 9, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        var entries = feed.Items.ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(
            [$"tag:deepseek-shock,2025-01-01:{lang}/2025-01-29T09:00:00Z", $"tag:deepseek-shock,2025-01-01:{lang}/2025-01"],
            entries.Select(e => e.Id));
        Assert.Equal(title, entries[0].Title.Text);
        Assert.Equal(first, entries[1].Title.Text);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), entries[1].LastUpdatedTime);
        var content = Assert.IsType<TextSyndicationContent>(entries[0].Content);
        Assert.Equal("xhtml", content.Type);
        Assert.Contains(change, content.Text, StringComparison.Ordinal);
        Assert.Equal($"deepseek-shock.{lang}.html#update-2025-01-29T09-00-00Z", entries[0].Links.Single().Uri.OriginalString);
    }

    [Fact]
    public void Last_updated_and_the_json_ld_come_from_the_newest_version()
    {
        var html = Files.Value["deepseek-shock.en.html"];
        Assert.Contains("Last updated <time datetime=\"2025-01-29T09:00:00Z\">January 29, 2025 09:00 UTC</time></p>", html, StringComparison.Ordinal);
        Assert.Contains("\"dateModified\": \"2025-01-29T09:00:00Z\"", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\": \"CorrectionComment\",\n      \"datePublished\": \"2025-01-29T09:00:00Z\",\n      \"text\": \"Contradictory date (corrects Nvidia, January 27, 2025): The closing price gives 17%.\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"deepseek-shock.en.atom\"", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#updates\">Updates</a></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_without_versions_has_no_feed_no_updates_section_and_its_own_last_updated()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory(Briefings.Rendering.Versions.VersionHistory.Empty));
        Assert.DoesNotContain(files.Keys, f => f.EndsWith(".atom", StringComparison.Ordinal));
        Assert.DoesNotContain("id=\"updates\"", files["deepseek-shock.en.html"], StringComparison.Ordinal);
        Assert.DoesNotContain("## Updates", files["deepseek-shock.en.md"], StringComparison.Ordinal);
        Assert.DoesNotContain("CorrectionComment", files["deepseek-shock.en.html"], StringComparison.Ordinal);
        Assert.Contains("Last updated <time datetime=\"2025-01\">January 2025</time></p>", files["deepseek-shock.en.html"], StringComparison.Ordinal);
    }
}
