using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Runtime;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Paging;

/// <summary>
/// Page templates (<c>list.page.html.sbn</c> in Fixtures/paged) on 450 items with the default page size of 200:
/// the split, the names, the links, the globals <c>page</c>, <c>pages</c> and <c>page_of</c>, escaping, determinism.
/// </summary>
public class PagingTests
{
    public static string Templates => Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Rendering.Tests", "Fixtures", "paged");

    internal static RenderResult Render(string templates, IFactModel model, string slug = "paged", int pageSize = RenderRequest.DefaultPageSize) =>
        BriefingRenderer.Render(new RenderRequest
        {
            Model = model,
            TemplatesDirectory = templates,
            TemplatesDisplayPath = "paged",
            Slug = slug,
            PageSize = pageSize,
        });

    private static Dictionary<string, string> RenderPaged() => RenderHelper.Succeeded(Render(Templates, PagedFacts.Model));

    [Fact]
    public void Four_hundred_fifty_items_make_pages_of_200_200_and_50_and_a_kind_that_fits_on_one_page_makes_none()
    {
        var files = RenderPaged();
        foreach (var lang in PagedFacts.Languages)
        {
            string[] expected = [$"paged.{lang}.items-1.html", $"paged.{lang}.items-2.html", $"paged.{lang}.items-3.html"];
            Assert.Equal(expected, files.Keys.Where(k => k.StartsWith($"paged.{lang}.items-", StringComparison.Ordinal) && k.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            Assert.Equal([200, 200, 50], expected.Select(name => Regex.Count(files[name], "<li id=\"item-")));
            // One source fits on one page: it stays in the index, with no page file of its own.
            Assert.DoesNotContain(files.Keys, k => k.StartsWith($"paged.{lang}.item_sources-", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(files.Keys, k => k.Contains(".tags-", StringComparison.Ordinal));
        Assert.Contains("<nav id=\"tags\" data-pages=\"0\">", files["paged.en.html"]);
        Assert.Contains("<header data-collection=\"items\" data-number=\"2\" data-count=\"3\" data-first-index=\"200\" data-file=\"paged.en.items-2.html\" data-same=\"true\">", files["paged.en.items-2.html"]);
    }

    [Fact]
    public void Every_item_is_rendered_exactly_once_across_the_pages_in_catalog_order()
    {
        var files = RenderPaged();
        var ids = Enumerable.Range(1, 3)
            .SelectMany(n => Regex.Matches(files[$"paged.en.items-{n}.html"], "<li id=\"item-(item-[0-9]+)\"").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.Equal(PagedFacts.Items.All.Select(i => i.Id), ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

        // The index labels each page by its first and last fact.
        Assert.Contains("<a href=\"paged.en.items-2.html\" data-first=\"item-201\" data-last=\"item-400\">2</a>", files["paged.en.html"]);
        Assert.Contains("<p id=\"page-of-last\">paged.en.items-3.html</p>", files["paged.en.html"]);
        Assert.Contains("<p id=\"page-of-nothing\"></p>", files["paged.en.html"]);
    }

    [Fact]
    public void Prev_and_next_chain_the_pages_and_every_link_resolves_to_a_file_and_an_id_that_exist()
    {
        var files = RenderPaged();
        Assert.DoesNotContain("rel=\"prev\"", files["paged.en.items-1.html"]);
        Assert.Contains("<a rel=\"next\" href=\"paged.en.items-2.html\">", files["paged.en.items-1.html"]);
        Assert.Contains("<a rel=\"prev\" href=\"paged.en.items-1.html\">", files["paged.en.items-2.html"]);
        Assert.Contains("<a rel=\"next\" href=\"paged.en.items-3.html\">", files["paged.en.items-2.html"]);
        Assert.Contains("<a rel=\"prev\" href=\"paged.en.items-2.html\">", files["paged.en.items-3.html"]);
        Assert.DoesNotContain("rel=\"next\"", files["paged.en.items-3.html"]);
        Assert.Contains("<a rel=\"alternate\" hreflang=\"zh-Hant\" href=\"paged.zh-Hant.items-3.html\">", files["paged.en.items-3.html"]);

        // Item 200 ends page 1; its reference to item 201 crosses to page 2.
        Assert.Contains("<a rel=\"next-item\" href=\"paged.en.items-2.html#item-item-201\">Item 201</a>", files["paged.en.items-1.html"]);
        var broken = PageLinks.Broken(files);
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken.Take(10)));
        Assert.True(PageLinks.All(files).Count() > 900, "the check found the links");
    }

    [Fact]
    public void A_format_without_a_page_template_sees_empty_pages_and_no_page()
    {
        var files = RenderPaged();
        Assert.Equal("{ \"items\": 0, \"tags\": 0, \"no_page\": true, \"no_page_of\": true }\n", files["paged.en.summary.json"]);
    }

    [Fact]
    public void Hostile_text_on_a_page_is_escaped_in_html_and_markdown()
    {
        var files = RenderPaged();
        var html = files["paged.en.items-1.html"];
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotMatch("title=\"[^\"]*<", html);
        var markdown = files["paged.en.items-1.md"];
        Assert.Contains("\\[x\\](javascript:alert(1))", markdown);
        Assert.DoesNotContain("<script>", markdown);
    }

    [Fact]
    public void Pages_are_the_same_bytes_on_every_render_and_in_any_culture()
    {
        var first = Render(Templates, PagedFacts.Model);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
            var second = Render(Templates, PagedFacts.Model);
            Assert.Equal(first.Files.Select(f => f.Name), second.Files.Select(f => f.Name));
            Assert.True(first.Files.Zip(second.Files).All(pair => pair.First.Content == pair.Second.Content), "a page differs between two renders");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_page_size_is_honoured_and_a_page_size_below_one_is_BRF115()
    {
        var files = RenderHelper.Succeeded(Render(Templates, PagedFacts.Model, pageSize: 449));
        Assert.Contains("paged.en.items-2.html", files.Keys);
        Assert.DoesNotContain("paged.en.items-3.html", files.Keys);
        Assert.Single(Regex.Matches(files["paged.en.items-2.html"], "<li id=\"item-"));

        var result = Render(Templates, PagedFacts.Model, pageSize: 0);
        Assert.False(result.Succeeded);
        Assert.Equal("briefings: error BRF115: The page size 0 is not a positive whole number. Pass --page-size N (MSBuild property BriefingsPageSize) with N of 1 or more.", Assert.Single(result.Diagnostics).ToString());
    }
}
