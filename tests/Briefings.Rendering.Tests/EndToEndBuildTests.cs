using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// The real `dotnet build`: a consumer project compiles the shipped seeds and imports the package's build files (the one
/// render target). A second
/// build rewrites nothing; a broken template fails at its line and leaves the briefings intact, and keeps failing
/// (never "up to date"); a clean rebuild gives identical bytes. The toolchain is copied from build outputs, so the
/// test never builds shared projects.
/// </summary>
public class EndToEndBuildTests
{
    private static (string Name, DateTime Written, string Content)[] Snapshot(string folder) => StoryBuildFolder.Files(folder);

    [Fact]
    public void Dotnet_build_renders_then_skips_keeps_briefings_on_failure_and_rebuilds_identically()
    {
        using var story = new StoryBuildFolder(jsonSchemas: false);
        var briefings = story.Briefings;
        var first = story.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Briefing written: " + Path.Combine(briefings, "sample.en.html"), first.Output, StringComparison.Ordinal);
        var rendered = Snapshot(briefings);
        Assert.Equal(
            new[] { "sample.en.html", "sample.en.md", "sample.en.timeline.json", "sample.model.json", "sample.zh-Hant.html", "sample.zh-Hant.md", "sample.zh-Hant.timeline.json" },
            rendered.Select(f => f.Name));

        // Nothing changed: the target is skipped and no file is rewritten.
        var second = story.Build();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain("Briefing written", second.Output, StringComparison.Ordinal);
        Assert.Equal(rendered, Snapshot(briefings));

        // A misspelt member: a located error, the previous briefings intact, no temp files, and a second build fails again.
        var timeline = Path.Combine(story.Path, "templates", "partials", "html", "present", "timeline.sbn");
        var good = File.ReadAllText(timeline);
        var bad = good.Replace("<li id=\"{{ f.anchor }}\">", "<li id=\"{{ f.titel }}\">", StringComparison.Ordinal);
        Assert.NotEqual(good, bad);
        File.WriteAllText(timeline, bad);
        var lines = bad.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("f.titel", StringComparison.Ordinal));
        var place = $"templates/partials/html/present/timeline.sbn({line + 1},{lines[line].IndexOf("titel", StringComparison.Ordinal) + 1}): error BRF101:";
        foreach (var attempt in new[] { 1, 2 })
        {
            var broken = story.Build();
            Assert.True(broken.ExitCode != 0, broken.Output);
            Assert.Contains(place, broken.Output, StringComparison.Ordinal);
            Assert.Equal(rendered, Snapshot(briefings));
        }

        // Fixed and rebuilt from clean: the same bytes.
        File.WriteAllText(timeline, good);
        Directory.Delete(briefings, recursive: true);
        Directory.Delete(Path.Combine(story.Path, "obj"), recursive: true);
        Directory.Delete(Path.Combine(story.Path, "bin"), recursive: true);
        var clean = story.Build();
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.Equal(rendered.Select(f => (f.Name, f.Content)), Snapshot(briefings).Select(f => (f.Name, f.Content)));
    }
}
