using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Briefings.Cli.Tests.Watch;

/// <summary>
/// Folder operations in the watched facts tree, against the real watcher: a folder moved out and back in, and a folder
/// renamed inside, are read again (no stale facts, no false duplicate-id errors citing the old path), and the
/// briefings come back byte for byte.
/// </summary>
public class FolderMoveTests
{
    [Fact]
    public void Folders_moved_out_back_in_and_renamed_are_read_again()
    {
        using var story = new WatchedStory();
        var start = Briefings(story);
        var organisations = Path.Combine(story.Facts, "organisations");
        var parked = Path.Combine(story.Facts, "..", "parked");

        Directory.Move(organisations, parked);
        var gone = story.Next(c => c.Errors.Count > 0 || c.FilesWritten > 0, seconds: 15);
        Assert.True(gone.Errors.Count > 0 || !Briefings(story).SequenceEqual(start), "Moving a folder of facts out changed nothing.");

        Directory.Move(parked, organisations);
        story.Next(c => c.Errors.Count == 0 && c.FactFilesRead > 0, seconds: 15);
        Assert.Equal(start, Briefings(story));

        Directory.Move(organisations, Path.Combine(story.Facts, "companies"));
        var renamed = story.Next(c => c.FactFilesRead > 0, seconds: 15);
        Assert.Empty(renamed.Errors);
        Assert.DoesNotContain("BRF019", story.Log.ToString(), StringComparison.Ordinal);
        Assert.Equal(start, Briefings(story));
    }

    private static System.Collections.Generic.SortedDictionary<string, string> Briefings(WatchedStory story)
        => new(Directory.EnumerateFiles(story.Output).ToDictionary(f => Path.GetFileName(f), File.ReadAllText), StringComparer.Ordinal);
}
