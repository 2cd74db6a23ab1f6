using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefings.Runtime;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>The HTML &lt;head&gt; a publisher needs (NewsArticle JSON-LD, canonical and language links, Open Graph, Twitter card)
/// and the visible "last updated" line, from the publication fact; and the same templates without that kind of fact.</summary>
public class MetadataTests
{
    public static TheoryData<string> Languages() => ["en", "zh-Hant"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_json_ld_is_a_complete_news_article_without_a_null(string lang)
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        using var json = JsonLd(files[$"deepseek-shock.{lang}.html"]);
        var article = json.RootElement;

        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal(lang, article.GetProperty("inLanguage").GetString());
        foreach (var name in new[] { "headline", "description" })
        {
            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty(name).GetString()), name);
        }

        // Dates from the publication fact (month precision: the article gives no day), never from the clock.
        Assert.Equal("2025-01", article.GetProperty("datePublished").GetString());
        Assert.Equal("2025-01", article.GetProperty("dateModified").GetString());
        var author = Assert.Single(article.GetProperty("author").EnumerateArray());
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal(lang == "en" ? "Kong Haili" : "孔海麗", author.GetProperty("name").GetString());
        Assert.Equal(lang == "en" ? "21st Century Business Herald" : "21世紀經濟報道", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.NotEmpty(article.GetProperty("citation").EnumerateArray());

        Assert.Empty(Nulls(article, "$"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_head_links_the_language_versions_and_carries_open_graph_and_twitter_tags(string lang)
    {
        var html = Head(RenderHelper.Succeeded(RenderHelper.RenderStory())[$"deepseek-shock.{lang}.html"]);

        // No base-url in the facts: the addresses are the file names, relative to the page.
        Assert.Contains($"<link rel=\"canonical\" href=\"deepseek-shock.{lang}.html\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"deepseek-shock.en.html\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"deepseek-shock.zh-Hant.html\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"deepseek-shock.en.html\">", html, StringComparison.Ordinal);
        foreach (var tag in new[] { "og:type\" content=\"article\"", "og:title\"", "og:description\"", "og:locale\"", "og:site_name\"", "article:published_time\" content=\"2025-01\"", "article:modified_time\" content=\"2025-01\"" })
        {
            Assert.Contains("<meta property=\"" + tag, html, StringComparison.Ordinal);
        }

        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:title\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("og:url", html, StringComparison.Ordinal);
        Assert.DoesNotContain("og:image", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_updated_line_stands_under_the_headline_in_both_formats_and_languages()
    {
        var files = RenderHelper.Succeeded(RenderHelper.RenderStory());
        Assert.Contains("</h1>\n<p class=\"standfirst\">", files["deepseek-shock.en.html"], StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta updated\">Last updated <time datetime=\"2025-01\">January 2025</time></p>", files["deepseek-shock.en.html"], StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta updated\">最後更新：<time datetime=\"2025-01\">2025年1月</time></p>", files["deepseek-shock.zh-Hant.html"], StringComparison.Ordinal);
        Assert.Contains("\n\nLast updated January 2025\n\n", files["deepseek-shock.en.md"], StringComparison.Ordinal);
        Assert.Contains("\n\n最後更新：2025年1月\n\n", files["deepseek-shock.zh-Hant.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_publication_kind_the_templates_render_and_leave_out_what_only_it_gives()
    {
        var story = new Briefings.Story.FactsModel();
        var model = new HandWrittenModel(story.Languages, story.Kinds.Where(k => k.Descriptor.Name != "publication").ToArray());
        Assert.Equal(story.Kinds.Count - 1, model.Kinds.Count);
        var files = RenderHelper.Succeeded(BriefingRenderer.Render(new RenderRequest
        {
            Model = model,
            TemplatesDirectory = Briefings.Testing.RepositoryPaths.Templates,
            Slug = "deepseek-shock",
        }));

        foreach (var lang in new[] { "en", "zh-Hant" })
        {
            var html = files[$"deepseek-shock.{lang}.html"];
            using var json = JsonLd(html);
            Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
            Assert.Empty(Nulls(json.RootElement, "$"));
            foreach (var name in new[] { "datePublished", "dateModified", "author", "publisher", "url" })
            {
                Assert.False(json.RootElement.TryGetProperty(name, out _), name);
            }

            Assert.Contains($"<link rel=\"canonical\" href=\"deepseek-shock.{lang}.html\">", html, StringComparison.Ordinal);
            Assert.Contains("<meta property=\"og:title\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("article:published_time", html, StringComparison.Ordinal);
            Assert.DoesNotContain("class=\"meta updated\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain(lang == "en" ? "Last updated" : "最後更新", files[$"deepseek-shock.{lang}.md"], StringComparison.Ordinal);
        }
    }

    private static string Head(string html) => html[..html.IndexOf("</head>", StringComparison.Ordinal)];

    private static JsonDocument JsonLd(string html)
    {
        var scripts = Regex.Matches(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline);
        return JsonDocument.Parse(Assert.Single(scripts).Groups[1].Value);
    }

    private static List<string> Nulls(JsonElement element, string path)
    {
        var found = new List<string>();
        var stack = new Stack<(JsonElement Element, string Path)>([(element, path)]);
        while (stack.Count > 0)
        {
            var (e, p) = stack.Pop();
            switch (e.ValueKind)
            {
                case JsonValueKind.Null:
                    found.Add(p);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        stack.Push((property.Value, p + "." + property.Name));
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        stack.Push((item, $"{p}[{i++}]"));
                    }

                    break;
            }
        }

        return found;
    }
}
