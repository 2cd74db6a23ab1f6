using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Briefings.Cli.Tests.Watch;

/// <summary>
/// The watch loop keeps the JSON Schemas' id lists current: an added fact's id is listed after its cycle, an edit that
/// changes no id or title rewrites no schema file (an editor reloads nothing), and broken facts still refresh what binds.
/// </summary>
public class WatchJsonSchemaTests
{
    [Fact]
    public void An_added_id_is_listed_after_its_cycle_and_an_edit_that_changes_no_id_rewrites_nothing()
    {
        using var story = new WatchedStory(jsonSchemas: true);
        Assert.Contains("JSON Schemas written: claim.schema.json", story.Log.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("harbour-authority", Ids(story, "market-move", "organisation"));
        var written = Stamps(story);

        // A value that is neither an id nor a title: the briefings change, no schema file is touched.
        story.Edit("seeds/market-moves/2025-01-27.yaml", "change: -16.86%", "change: -16.87%");
        Assert.Empty(story.Next(c => c.FilesWritten > 0 || c.Errors.Count > 0).Errors);
        Assert.Equal(written, Stamps(story));

        // A new organisation: listed, with its title, in every kind that refers to organisations.
        story.Write("seeds/organisations/harbour.yaml", "kind: organisation\nid: harbour-authority\nname: { en: Harbour Authority, zh-Hant: 港務局 }\nsources: [{ source: sbh-deepseek-article, paragraph: 2 }]\n");
        Assert.Empty(story.Next(c => c.FilesWritten > 0 || c.Errors.Count > 0).Errors);
        Assert.Contains("harbour-authority", Ids(story, "market-move", "organisation"));
        Assert.Equal("Harbour Authority", Titles(story, "event", "organisation")[Ids(story, "event", "organisation").IndexOf("harbour-authority")]);

        // Broken while typing (a misspelt field): the build's errors, and the new id still listed, now without its title.
        story.Edit("seeds/organisations/harbour.yaml", "name:", "nmae:");
        Assert.NotEmpty(story.Next(c => c.Errors.Count > 0).Errors);
        Assert.Equal("", Titles(story, "event", "organisation")[Ids(story, "event", "organisation").IndexOf("harbour-authority")]);

        story.Delete("seeds/organisations/harbour.yaml");
        Assert.Empty(story.Next(c => c.Errors.Count == 0).Errors);
        Assert.DoesNotContain("harbour-authority", Ids(story, "market-move", "organisation"));
    }

    private static (string Name, DateTime Written)[] Stamps(WatchedStory story) => Directory.GetFiles(story.JsonSchemas)
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetFileName(f), File.GetLastWriteTimeUtc(f)))
        .ToArray();

    private static System.Collections.Generic.List<string> Ids(WatchedStory story, string kind, string target) => List(story, kind, target, "enum");

    private static System.Collections.Generic.List<string> Titles(WatchedStory story, string kind, string target) => List(story, kind, target, "enumDescriptions");

    private static System.Collections.Generic.List<string> List(WatchedStory story, string kind, string target, string keyword)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(story.JsonSchemas, kind + ".schema.json")));
        return document.RootElement.GetProperty("definitions").GetProperty("ids-" + target).GetProperty(keyword).EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
