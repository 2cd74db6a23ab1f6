using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// The render at build time through the real build: after an edit it renders only the briefings that read the edited
/// fact, keeps the rest from the last build (RenderMemo), and writes exactly what a build without that memo writes.
/// </summary>
public sealed class RenderMemoBuildTests
{
    [Fact]
    public void A_build_after_an_edit_renders_only_what_read_the_edited_fact_and_writes_what_a_full_render_writes()
    {
        using var story = new StoryBuildFolder(jsonSchemas: false);
        var paged = "-p:BriefingsPageSize=2"; // many small pages, most of which do not show Nvidia's fall
        var first = story.Build(paged);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.DoesNotContain("kept from the last render", first.Output, StringComparison.Ordinal);

        var moves = Path.Combine(story.Facts, "market-moves", "2025-01-27.yaml");
        File.WriteAllText(moves, File.ReadAllText(moves).Replace("Nvidia plunged 16.86%, setting", "Nvidia plunged 16.85%, setting", StringComparison.Ordinal));
        var edited = story.Build(paged);
        Assert.True(edited.ExitCode == 0, edited.Output);
        var kept = Regex.Match(edited.Output, @"(\d+) of (\d+) files were kept from the last render");
        Assert.True(kept.Success, edited.Output);
        Assert.InRange(int.Parse(kept.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, int.Parse(kept.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 2);
        var incremental = StoryBuildFolder.Files(story.Briefings).Select(f => (f.Name, f.Content)).ToArray();
        Assert.Contains(incremental, f => f.Content.Contains("Nvidia plunged 16.85%, setting", StringComparison.Ordinal) && f.Name.EndsWith(".html", StringComparison.Ordinal));
        Assert.DoesNotContain(incremental, f => f.Content.Contains("Nvidia plunged 16.86%, setting", StringComparison.Ordinal));

        // Without the memo (and with the stamp gone, so the render runs): everything rendered, the same bytes.
        File.Delete(Path.Combine(story.Path, "obj", "briefings", "render-memo.json"));
        File.Delete(Path.Combine(story.Path, "obj", "briefings", "render.stamp"));
        var full = story.Build(paged);
        Assert.True(full.ExitCode == 0, full.Output);
        Assert.DoesNotContain("kept from the last render", full.Output, StringComparison.Ordinal);
        Assert.Equal(incremental, StoryBuildFolder.Files(story.Briefings).Select(f => (f.Name, f.Content)).ToArray());
    }
}
