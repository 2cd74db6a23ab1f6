using System;
using System.IO;
using System.Linq;
using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Versions;

/// <summary>
/// The editor's cycle with the real `dotnet build` on a temporary story: publish, an ordinary build that changes no
/// byte, the same facts again (a message), a correction, `briefings diff`, publish again; both briefings then show the
/// update with old and new values in both languages, and the feed has two entries.
/// </summary>
public class PublishCycleTests
{
    private static void Succeeded((int ExitCode, string Output) run) => Assert.True(run.ExitCode == 0, run.Output);

    private static (string Name, string Content)[] Contents(string folder) =>
        Directory.Exists(folder) ? StoryBuildFolder.Files(folder).Select(f => (f.Name, f.Content)).ToArray() : [];

    private static string[] Publish(string at) => ["-p:BriefingsPublish=true", "-p:BriefingsPublishAt=" + at];

    [Fact]
    public void Publish_edit_diff_publish_shows_the_update_in_both_languages_and_an_ordinary_build_changes_no_byte()
    {
        using var story = new StoryBuildFolder(jsonSchemas: false);
        var briefings = Path.Combine(story.Path, "briefings");
        var versions = Path.Combine(story.Path, "facts", "versions");

        var published = story.Build(Publish("2025-01-28T09:00:00Z"));
        Succeeded(published);
        Assert.Contains("Published the version of 2025-01-28T09:00:00Z: facts/versions/2025-01-28T09-00-00Z.json (the first version, 113 facts).", published.Output, StringComparison.Ordinal);
        Assert.Contains("Briefing written: " + Path.Combine(briefings, "sample.zh-Hant.atom"), published.Output, StringComparison.Ordinal);

        // An ordinary build after publishing writes no version and changes no byte, incrementally or from clean.
        var (rendered, recorded) = (Contents(briefings), Contents(versions));
        Assert.Single(recorded);
        Succeeded(story.Build());
        Assert.Equal(rendered, Contents(briefings));
        Assert.Equal(recorded, Contents(versions));
        Directory.Delete(Path.Combine(story.Path, "obj"), recursive: true);
        Directory.Delete(briefings, recursive: true);
        Succeeded(story.Build());
        Assert.Equal(rendered, Contents(briefings));
        Assert.Equal(recorded, Contents(versions));

        // The same facts again: a clear message, not a second version.
        var again = story.Build(Publish("2025-01-28T10:00:00Z"));
        Succeeded(again);
        Assert.Contains("Nothing to publish: the facts are those of the version published at 2025-01-28T09:00:00Z (facts/versions/2025-01-28T09-00-00Z.json).", again.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(versions));

        // The editor corrects Nvidia's fall and records why; `briefings diff` shows it before any build.
        ShippedStoryEdits.CorrectNvidiaFall(Path.Combine(story.Path, "facts"));
        var diff = DotnetCli.Run(story.Path, "render/briefings.dll", "diff", "--project", "Sample.csproj");
        Succeeded(diff);
        Assert.Contains("From the version of 2025-01-28T09:00:00Z to the working facts: 0 added, 0 removed, 1 changed, 1 correction(s).", diff.Output, StringComparison.Ordinal);
        Assert.Contains("    Change: fell 17% (was fell 16.86%)\n", diff.Output, StringComparison.Ordinal);
        Assert.Contains("    變動：下跌17% (原為下跌16.86%)\n", diff.Output, StringComparison.Ordinal);
        Assert.Contains("  Correction: Contradictory date (corrects Nvidia, January 27, 2025)\n", diff.Output, StringComparison.Ordinal);

        // Published again: both briefings and both feeds show the update with the old and the new value.
        // README command: dotnet build -p:BriefingsPublish=true -p:BriefingsPublishAt=2025-01-29T09:00:00Z
        var second = story.Build(Publish("2025-01-29T09:00:00Z"));
        Succeeded(second);
        Assert.Equal(2, Directory.GetFiles(versions).Length);
        var en = File.ReadAllText(Path.Combine(briefings, "sample.en.html"));
        var zh = File.ReadAllText(Path.Combine(briefings, "sample.zh-Hant.html"));
        Assert.Contains("<li>Change: <ins>fell 17%</ins><span class=\"was\"> (was fell 16.86%)</span></li>", en, StringComparison.Ordinal);
        Assert.Contains("<li>變動：<ins>下跌17%</ins><span class=\"was\">（原為下跌16.86%）</span></li>", zh, StringComparison.Ordinal);
        Assert.Contains("Last updated <time datetime=\"2025-01-29T09:00:00Z\">", en, StringComparison.Ordinal);
        Assert.Contains("  - 變動：下跌17%（原為下跌16.86%）", File.ReadAllText(Path.Combine(briefings, "sample.zh-Hant.md")), StringComparison.Ordinal);
        foreach (var lang in new[] { "en", "zh-Hant" })
        {
            using var reader = XmlReader.Create(Path.Combine(briefings, $"sample.{lang}.atom"));
            var entries = SyndicationFeed.Load(reader).Items.ToList();
            Assert.Equal([$"tag:sample,2025-01-28:{lang}/2025-01-29T09:00:00Z", $"tag:sample,2025-01-28:{lang}/2025-01-28T09:00:00Z"], entries.Select(e => e.Id));
        }

        // The two versions compared by name, as JSON.
        var json = DotnetCli.RunProgram(Path.Combine(story.Path, "render", "briefings.dll"), "diff", "--project", Path.Combine(story.Path, "Sample.csproj"), "--from", "2025-01-28T09:00:00Z", "--to", "2025-01-29T09-00-00Z.json", "--json");
        Assert.True(json.ExitCode == 0, json.Output + json.Error);
        var report = JsonNode.Parse(json.Output)!;
        Assert.Equal("nvidia-2025-01-27", report["facts"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("editorial-note/nvidia-change-corrected", report["corrections"]![0]!["note"]!.GetValue<string>());
    }
}
