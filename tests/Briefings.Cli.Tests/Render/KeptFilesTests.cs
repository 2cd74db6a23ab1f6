using System;
using System.IO;
using System.Linq;
using Briefings.Cli.Render;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Render;

/// <summary>
/// A render with the memo leaves the briefings it kept from the last render in place (the same file, not a copy written
/// again) and only gives them a new time, so the build's render target sees them as newer than the model.
/// </summary>
public sealed class KeptFilesTests : IDisposable
{
    private readonly TempFolder temp = new("briefings-kept");

    [Fact]
    public void Kept_briefings_are_not_written_again_only_touched_and_the_folder_holds_what_a_full_render_writes()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the probe below is a Unix file mode
        }

        var output = Path.Combine(temp.Path, "out");
        var memo = Path.Combine(temp.Path, "memo.json");
        var list = Path.Combine(temp.Path, "written.txt");
        Assert.Equal(0, RenderCommand.RunHere(StoryRender.Options("story", output, list, memo), TextWriter.Null));
        var full = Directory.GetFiles(output).ToDictionary(p => Path.GetFileName(p), File.ReadAllText);

        // A mode no write of ours gives: a file written again (a new file renamed over it) loses it.
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var path in Directory.GetFiles(output))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.SetLastWriteTimeUtc(path, old);
        }

        var console = new StringWriter();
        Assert.Equal(0, RenderCommand.RunHere(StoryRender.Options("story", output, list, memo), console));

        var kept = Directory.GetFiles(output).Where(p => !OperatingSystem.IsWindows() && File.GetUnixFileMode(p) == (UnixFileMode.UserRead | UnixFileMode.UserWrite)).Select(Path.GetFileName).ToList();
        Assert.Contains($"{kept.Count} of {full.Count} files were kept from the last render", console.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(kept);
        Assert.Equal(["story.model.json"], full.Keys.Except(kept)); // the model JSON is written by every render
        Assert.All(Directory.GetFiles(output), path => Assert.True(File.GetLastWriteTimeUtc(path) > old, path + " kept its old time"));
        Assert.Equal(full, Directory.GetFiles(output).ToDictionary(p => Path.GetFileName(p), File.ReadAllText));
    }

    public void Dispose() => temp.Dispose();
}
