using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Snapshots;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Paging;

/// <summary>The package's default templates (src/Briefings.Package/templates) with paged models.</summary>
public class PackageTemplateTests
{
    public static string PackageTemplates => RepositoryPaths.Templates; // one template set: the package packs templates/

    [Fact]
    public void A_kind_over_the_page_size_is_listed_by_page_and_its_facts_are_on_its_pages_once_each()
    {
        var files = RenderHelper.Succeeded(PagingTests.Render(PackageTemplates, PagedFacts.Model));
        var index = files["paged.en.html"];
        Assert.DoesNotContain("id=\"item-item-", index);
        Assert.Contains("<article class=\"card\" id=\"item-source-wire\">", index);
        Assert.Contains("<li><a href=\"paged.en.items-2.html\">Page 2 of 3</a>: Item 201 – Item 400 (200 facts)</li>", index);
        Assert.Contains("- [第3頁，共3頁](paged.zh-Hant.items-3.md)：項目 401 – 項目 450（50 項事實）", files["paged.zh-Hant.md"]);

        // Who cites the source: the items by page, once per page, not 450 links.
        Assert.Contains(": <a href=\"paged.en.items-1.html\">Items, Page 1 of 3</a>", index);
        Assert.Contains("<a href=\"paged.en.items-3.html\">Items, Page 3 of 3</a>", index);
        Assert.DoesNotContain("#item-item-", index);

        foreach (var ext in new[] { "html", "md" })
        {
            var heading = ext == "html" ? "<article class=\"card\" id=\"item-(item-[0-9]+)\">" : "^- \\*\\*(Item [0-9]+)\\*\\*";
            var shown = Enumerable.Range(1, 3)
                .SelectMany(n => Regex.Matches(files[$"paged.en.items-{n}.{ext}"], heading, RegexOptions.Multiline).Select(m => m.Groups[1].Value))
                .ToList();
            Assert.Equal(PagedFacts.ItemCount, shown.Count);
            Assert.Equal(shown.Count, shown.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Past_2000_passages_that_support_only_facts_on_kind_pages_the_index_leaves_them_to_those_pages()
    {
        // At 100,000 facts the index listed every passage with the pages it supports: past the 16 MiB output limit.
        var items = Item.Make("many", 2_100, paragraphs: 2_100, linked: false); // references resolve through PagedFacts alone
        var model = new HandWrittenModel(PagedFacts.Languages, new PagedKind<Item>(items), new PagedKind<ItemSource>([ItemSource.Wire]));
        var files = RenderHelper.Succeeded(PagingTests.Render(PackageTemplates, model, slug: "many"));

        var index = files["many.en.html"];
        Assert.Contains("<cite>The wire</cite>", index, StringComparison.Ordinal); // the source itself is still listed
        Assert.DoesNotContain("<ul class=\"passages\">", index, StringComparison.Ordinal);
        Assert.Contains("<li id=\"cite-1\"><span class=\"cite-number\">[1]</span> <cite>The wire</cite>", files["many.en.items-1.html"], StringComparison.Ordinal);
        Assert.Empty(PageLinks.Broken(files));
    }

    [Fact]
    public void Every_link_of_the_index_and_the_pages_resolves_and_every_footnote_of_a_page_is_defined_on_it()
    {
        var files = RenderHelper.Succeeded(PagingTests.Render(PackageTemplates, PagedFacts.Model));
        var broken = PageLinks.Broken(files);
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken.Take(10)));

        // Page 1 ends with item 200, whose reference to item 201 leads to page 2; its language link to the same page.
        var page = files["paged.en.items-1.html"];
        Assert.Contains("<a href=\"paged.en.items-2.html#item-item-201\">Item 201</a>", page);
        Assert.Contains("<a href=\"paged.zh-Hant.items-1.html\" hreflang=\"zh-Hant\" lang=\"zh-Hant\">繁體中文</a>", page);
        Assert.Contains("<sup class=\"cite\"><a href=\"#cite-1\" aria-label=\"Source 1\">[1]</a></sup>", page);
        Assert.Contains("<li id=\"cite-1\"><span class=\"cite-number\">[1]</span> <cite>The wire</cite>", page);

        foreach (var (name, text) in files.Where(f => f.Key.Contains(".items-", StringComparison.Ordinal) && f.Key.EndsWith(".md", StringComparison.Ordinal)))
        {
            var used = Regex.Matches(text, @"\[\^([0-9]+)\](?!:)").Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.NotEmpty(used);
            Assert.All(used, n => Assert.Contains($"\n[^{n}]: ", text));
        }
    }

    [Fact]
    public void Kinds_at_or_under_the_page_size_render_exactly_as_without_page_templates()
    {
        // The shipped story (112 facts, every kind under 200): the index is the same bytes with or without the page templates.
        using var temp = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(PackageTemplates, "*", SearchOption.AllDirectories).Where(f => !f.Contains(".page.", StringComparison.Ordinal)))
        {
            var target = Path.Combine(temp.Path, Path.GetRelativePath(PackageTemplates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var paged = RenderHelper.Succeeded(PagingTests.Render(PackageTemplates, new Briefings.Story.FactsModel(), "story"));
        var plain = RenderHelper.Succeeded(PagingTests.Render(temp.Path, new Briefings.Story.FactsModel(), "story"));
        Assert.Equal(7, plain.Count); // HTML, Markdown and TimelineJS per language, and the model
        Assert.All(plain, file => Assert.Equal(file.Value, paged[file.Key]));
        Assert.Equal(plain.Keys.Order(StringComparer.Ordinal), paged.Keys.Order(StringComparer.Ordinal)); // and no unlinked page file of a small kind
    }

    [Fact]
    public void A_small_model_at_page_size_2_matches_its_html_snapshots()
    {
        var files = RenderHelper.Succeeded(PagingTests.Render(PackageTemplates, FewPagedFacts.Model, "few", pageSize: 2));
        Snapshot.VerifyAll(files.Where(f => f.Key.StartsWith("few.en.", StringComparison.Ordinal) && f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f.Key, f.Value)), "html");
    }

    [Fact]
    public void A_small_model_at_page_size_2_matches_its_markdown_snapshots()
    {
        var files = RenderHelper.Succeeded(PagingTests.Render(PackageTemplates, FewPagedFacts.Model, "few", pageSize: 2));
        Snapshot.VerifyAll(files.Where(f => f.Key.StartsWith("few.en.", StringComparison.Ordinal) && f.Key.EndsWith(".md", StringComparison.Ordinal)).Select(f => (f.Key, f.Value)), "md");
    }
}
