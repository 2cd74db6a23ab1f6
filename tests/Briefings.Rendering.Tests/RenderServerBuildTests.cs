using System;
using System.IO;
using System.Linq;
using System.Threading;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// The warm render server through the real build, as a laptop uses it: the first build starts it, an edited fact's build
/// is rendered by it, and that build's briefings hold the edit (a long-lived process must read the rebuilt model, not
/// the one it loaded before from the same path).
/// </summary>
public sealed class RenderServerBuildTests
{
    [Fact]
    public void A_build_rendered_by_the_server_holds_the_edited_fact()
    {
        using var story = new StoryBuildFolder(jsonSchemas: false);
        var sockets = Path.Combine(story.Path, "sockets");
        story.Environment["BRIEFINGS_RENDER_SERVER_DIR"] = sockets;
        try
        {
            var first = story.Build("-p:BriefingsRenderServer=true");
            Assert.True(first.ExitCode == 0, first.Output);
            Assert.DoesNotContain(" by the render server.", first.Output, StringComparison.Ordinal);
            Assert.True(SpinWait.SpinUntil(() => Directory.Exists(sockets) && Directory.EnumerateFiles(sockets).Any(), TimeSpan.FromSeconds(90)), "no render server started");
            Assert.Contains("fell 16.86%", File.ReadAllText(Path.Combine(story.Briefings, "sample.en.md")), StringComparison.Ordinal);

            var moves = Path.Combine(story.Facts, "market-moves", "2025-01-27.yaml");
            File.WriteAllText(moves, File.ReadAllText(moves).Replace("change: -16.86%", "change: -16.85%", StringComparison.Ordinal));
            var edited = story.Build("-p:BriefingsRenderServer=true");

            Assert.True(edited.ExitCode == 0, edited.Output);
            Assert.Contains(" by the render server.", edited.Output, StringComparison.Ordinal);
            var briefing = File.ReadAllText(Path.Combine(story.Briefings, "sample.en.md"));
            Assert.Contains("fell 16.85%", briefing, StringComparison.Ordinal);
            Assert.DoesNotContain("fell 16.86%", briefing, StringComparison.Ordinal);
        }
        finally
        {
            DotnetCli.Run(story.Path, story.Environment, Path.Combine(story.Path, "render", "briefings.dll"), "render-server", "--stop");
        }
    }
}
