using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Output;
using Briefings.Snapshots;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>Hostile text in every slot: it must come out inert in HTML, Markdown and JSON.</summary>
public class EscapingTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#39;single&#39;")]
    [InlineData("中文 😀", "中文 😀")]
    [InlineData("bell\u0007\r\nline", "bell\nline")]
    public void Html_escaping_encodes_markup_characters(string input, string expected) => Assert.Equal(expected, Escape.Html(input));

    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*bold* _it_", "\\*bold\\* \\_it\\_")]
    [InlineData("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("1. one", "1\\. one")]
    [InlineData("line\nbreak\r\nhere", "line break here")]
    [InlineData("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>")]
    [InlineData("-16.86%", "-16.86%")]
    [InlineData("a & b ~~s~~ `c` \\", "a \\& b \\~\\~s\\~\\~ \\`c\\` \\\\")]
    public void Markdown_escaping_neutralises_markup(string input, string expected) => Assert.Equal(expected, Escape.Markdown(input));

    [Fact]
    public void Json_in_a_script_element_cannot_close_it()
    {
        var json = Escape.JsonString("</script><!-- & 'x' \u2028", scriptSafe: true);
        Assert.Equal("\"\\u003C/script\\u003E\\u003C!-- \\u0026 \\u0027x\\u0027 \\u2028\"", json);
    }

    [Fact]
    public void Hostile_facts_render_inert_html()
    {
        var result = RenderHelper.RenderHostile();
        var html = RenderHelper.Succeeded(result)["hostile.en.html"];

        // The only script element is the template's own JSON-LD; no fact text opens or closes one.
        Assert.Single(Regex.Matches(html, "<script"));
        Assert.Single(Regex.Matches(html, "</script>"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotMatch("href=[\"']?\\s*javascript", html);
        Assert.Contains("href=\"about:invalid\"", html);
        Assert.Contains("href=\"https://example.com/a?b=1&amp;c=%222%22\"", html);

        // Every attribute value stays inside its quotes.
        Assert.DoesNotMatch("title=\"[^\"]*<", html);
        Assert.Contains("data-x='&quot;&gt;&lt;script&gt;", html);

        // Piping through string functions or html.escape escapes exactly once.
        Assert.Contains("&quot;&gt;&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;", html);
        Assert.DoesNotContain("&amp;lt;", html);

        // A missing translation falls back visibly, with its language, and warns at the template.
        var zh = RenderHelper.Succeeded(result)["hostile.zh-Hant.html"];
        Assert.Contains("<span class=\"fallback\" lang=\"en\">English only &lt;script&gt;alert(1)&lt;/script&gt; <small class=\"fallback-mark\">[en]</small></span>", zh);
        Assert.Contains("<p title=\"English only &lt;script&gt;alert(1)&lt;/script&gt;\">", zh);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "BRF110" && d.File == "hostile/briefing.html.sbn");
        Assert.Equal((14, 7), (warning.Line, warning.Column));
        Assert.Contains("note 'evil', field 'untranslated' has no 'zh-Hant' text", warning.Message);
        Assert.Contains(result.Diagnostics, d => d.Id == "BRF111");
    }

    [Fact]
    public void Hostile_facts_render_inert_markdown()
    {
        var md = RenderHelper.Succeeded(RenderHelper.RenderHostile())["hostile.en.md"];
        var lines = md.Split('\n');
        var row = lines[System.Array.IndexOf(lines, "| --- | --- |") + 1];
        Assert.Equal(3, Regex.Count(row, @"(?<!\\)\|")); // the row's own three pipes, none from data
        Assert.DoesNotMatch(@"(?<!\\)<script", md);
        Assert.DoesNotMatch(@"(?<!\\)\[x\]", md);
        Assert.Contains("[link](about:invalid)", md);
        Assert.Contains("English only \\<script\\>alert(1)\\</script\\> *\\[en\\]*", RenderHelper.Succeeded(RenderHelper.RenderHostile())["hostile.zh-Hant.md"]);
    }

    [Fact]
    public void Hostile_facts_render_valid_json()
    {
        var json = RenderHelper.Succeeded(RenderHelper.RenderHostile())["hostile.en.json"];
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(HostileFacts.Everything, document.RootElement.GetProperty("title").GetString());
        Assert.Equal(-16.86m, document.RootElement.GetProperty("change").GetDecimal());
        Assert.Equal("about:invalid", document.RootElement.GetProperty("link").GetString());
    }

    [Fact]
    public void Hostile_outputs_match_their_snapshots()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderHostile());
        Snapshot.VerifyAll(files.Where(f => f.Key.EndsWith(".html")).Select(f => (f.Key, f.Value)), "html");
    }

    [Fact]
    public void Every_diagnostic_id_is_in_the_rendering_range_and_unique()
    {
        var ids = RenderDiagnostics.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^BRF1[0-9][0-9]$", id));
    }
}
