using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// The real `dotnet build` keeps the JSON Schemas' id lists current through its render step, with no process of its own:
/// a new fact file is listed after the next build, and files whose bytes did not change keep their time (an editor
/// reloads nothing).
/// </summary>
public class JsonSchemaBuildTests
{
    [Fact]
    public void The_build_lists_a_new_facts_id_in_the_schemas_and_rewrites_only_the_files_that_changed()
    {
        using var story = new StoryBuildFolder(jsonSchemas: true);
        var first = story.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("JSON Schemas written: claim.schema.json, editorial-note.schema.json, event.schema.json, fact.schema.json", first.Output, StringComparison.Ordinal);
        Assert.Contains("nvidia", Ids(story, "market-move", "organisation"));
        Assert.DoesNotContain("harbour-authority", Ids(story, "market-move", "organisation"));
        // Written by the render step: the stamp-guarded `briefings schema` step (for builds that render nothing) did not run.
        Assert.False(File.Exists(Path.Combine(story.Path, "obj", "briefings", "json-schemas.stamp")), first.Output);
        var before = Stamps(story);

        // Nothing changed: nothing runs, nothing is rewritten.
        var noop = story.Build();
        Assert.True(noop.ExitCode == 0, noop.Output);
        Assert.DoesNotContain("JSON Schemas written", noop.Output, StringComparison.Ordinal);
        Assert.Equal(before, Stamps(story));

        // A new organisation: every kind that refers to organisations lists it, with its name; the others keep their bytes and time.
        File.WriteAllText(Path.Combine(story.Facts, "organisations", "harbour.yaml"), "kind: organisation\nid: harbour-authority\nname: { en: Harbour Authority, zh-Hant: 港務局 }\nsources: [{ source: sbh-deepseek-article, paragraph: 2 }]\n");
        var added = story.Build();
        Assert.True(added.ExitCode == 0, added.Output);
        var organisations = Ids(story, "market-move", "organisation");
        Assert.Contains("harbour-authority", organisations);
        Assert.Equal("Harbour Authority", Titles(story, "event", "organisation")[Ids(story, "event", "organisation").IndexOf("harbour-authority")]);
        var after = Stamps(story);
        string[] unchanged = ["claim.schema.json", "fact.schema.json", "organisation.schema.json"];
        Assert.Equal(before.Where(s => unchanged.Contains(s.Name)), after.Where(s => unchanged.Contains(s.Name)));
        Assert.All(after.Where(s => !unchanged.Contains(s.Name)), s => Assert.NotEqual(before.Single(b => b.Name == s.Name).Written, s.Written));
    }

    private static (string Name, DateTime Written)[] Stamps(StoryBuildFolder story) => Directory.GetFiles(story.JsonSchemas)
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetFileName(f), File.GetLastWriteTimeUtc(f)))
        .ToArray();

    private static System.Collections.Generic.List<string> Ids(StoryBuildFolder story, string kind, string target) => List(story, kind, target, "enum");

    private static System.Collections.Generic.List<string> Titles(StoryBuildFolder story, string kind, string target) => List(story, kind, target, "enumDescriptions");

    private static System.Collections.Generic.List<string> List(StoryBuildFolder story, string kind, string target, string keyword)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(story.JsonSchemas, kind + ".schema.json")));
        return document.RootElement.GetProperty("definitions").GetProperty("ids-" + target).GetProperty(keyword).EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
