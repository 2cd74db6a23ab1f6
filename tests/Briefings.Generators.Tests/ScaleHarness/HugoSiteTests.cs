using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Briefings.Benchmarks.Scale.Hugo;
using Briefings.Benchmarks.Synthetic;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Briefings.Generators.Tests.ScaleHarness;

/// <summary>The Hugo peer site the scale verb's --hugo writes: one content file per synthetic fact, front matter Hugo can read.</summary>
public sealed class HugoSiteTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hugo-site-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_synthetic_fact_becomes_one_content_file_in_its_kinds_section()
    {
        var facts = SyntheticFactBase.Generate(40).ToList();

        var written = HugoSite.Write(folder, facts);

        var content = Directory.EnumerateFiles(Path.Combine(folder, "content"), "*.md", SearchOption.AllDirectories).ToList();
        Assert.Equal(facts.Count - 1, written); // all but schema.yaml
        Assert.Equal(written + 1, content.Count); // and the Chinese index page
        Assert.Equal(30, Directory.GetFiles(Path.Combine(folder, "content", "events")).Length);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(folder, "content", "sources")).Length);
        Assert.True(File.Exists(Path.Combine(folder, "config.toml")));
        Assert.True(File.Exists(Path.Combine(folder, "layouts", "index.html")));
    }

    [Fact]
    public void Front_matter_is_yaml_with_both_languages_and_no_key_hugo_reserves()
    {
        var facts = SyntheticFactBase.Generate(40).Where(f => f.Path != "schema.yaml").ToList();

        foreach (var (path, text) in facts)
        {
            var (_, page) = HugoSite.Page(text);
            var front = FrontMatter(page);
            Assert.False(front.ContainsKey("url"), path + ": url is a page's URL to Hugo");
            Assert.False(front.ContainsKey("id"), path);
            Assert.False(string.IsNullOrEmpty(front["title"]), path);
            Assert.False(string.IsNullOrEmpty(front["title_zh"]), path);
        }

        var source = HugoSite.Page(facts.First(f => f.Path.StartsWith("sources/", StringComparison.Ordinal)).Text);
        Assert.Equal("https://news.example.com/0", FrontMatter(source.Text)["source_url"]);
        var @event = HugoSite.Page(facts.First(f => f.Path.EndsWith("event-000000.yaml", StringComparison.Ordinal)).Text);
        Assert.Equal(HugoSite.EditedContent, @event.Path);
        Assert.Equal(FrontMatter(@event.Text)["summary_en"] + "\n", @event.Text.Split("---\n")[2]);
    }

    [Fact]
    public void A_title_with_quotes_backslashes_and_newlines_survives_and_an_edit_marker_keeps_it_valid()
    {
        const string Title = "say \"no\" \\ then\tgo\nnow: #1";
        var yaml = "kind: event\nid: event-000000\ndate: 2024-01-02\ntitle:\n  en: " + HugoSite.Quote(Title) + "\n  zh-Hant: \"標題\"\nsummary:\n  en: \"s\"\n  zh-Hant: \"摘\"\n";

        var (_, page) = HugoSite.Page(yaml);
        var edited = page.Replace(HugoSite.TitleLine, HugoSite.TitleLine + "edit 1: ", StringComparison.Ordinal);

        Assert.Equal(Title, FrontMatter(page)["title"]);
        Assert.Equal("edit 1: " + Title, FrontMatter(edited)["title"]);
        Assert.Equal("標題", FrontMatter(page)["title_zh"]);
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        Assert.Throws<FormatException>(() => HugoSite.Page("kind: figure\nid: x\n"));
    }

    private static Dictionary<string, string> FrontMatter(string page)
    {
        var parts = page.Split("---\n");
        var stream = new YamlStream();
        stream.Load(new StringReader(parts[1]));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children
            .Where(p => p.Value is YamlScalarNode)
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);
    }
}
