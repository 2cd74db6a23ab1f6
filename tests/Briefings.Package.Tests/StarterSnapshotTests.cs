using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Package.Tests.Infrastructure;
using Briefings.Snapshots;
using Briefings.Testing;
using Xunit;

namespace Briefings.Package.Tests;

/// <summary>
/// A desk reviews a change to its briefings, as the starter's README says ("Review a change to your briefings", its
/// commands read from that README and run as printed): a fresh starter's `dotnet test` passes against the verified
/// files it ships; a fact edited, it fails with a diff naming the changed line; accepted, it passes again.
/// </summary>
[Collection(PackedFeedGroup.Name)]
public class StarterSnapshotTests(PackedFeed feed)
{
    private const string Heading = "## Review a change to your briefings";

    private const string Slug = "harbour-watch";

    /// <summary>The slug the starter's shipped verified files are written with; `dotnet new` replaces it with the story's.</summary>
    private const string TemplateSlug = "story-starter";

    private static string ShippedTests => Path.Combine(RepositoryPaths.Root, "src", "Briefings.Starter", "content", "briefings-story", "StoryStarter.Tests");

    [Fact]
    public void A_fresh_starter_passes_dotnet_test_an_edited_fact_fails_it_with_a_diff_and_accepting_passes_it()
    {
        using var temp = new TempFolder("briefings-starter-snapshots");
        var starter = Starter.Create(feed, temp.Path, "Harbour.Watch");
        // README section: src/Briefings.Starter/content/briefings-story/README.md ## Review a change to your briefings
        var commands = ReadmeCommands.InSection(File.ReadAllText(Path.Combine(starter.Folder, "README.md")).ReplaceLineEndings("\n"), Heading);
        Assert.Equal(["dotnet test", $"{Snapshot.AcceptVariable}=1 dotnet test"], commands);
        var (test, accept) = (commands[0], commands[1]);

        var fresh = starter.Shell(starter.Folder, test);
        if (fresh.ExitCode != 0 && Snapshot.Accepting)
        {
            Assert.True(starter.Shell(starter.Folder, accept).ExitCode == 0, fresh.Output);
            ShipVerifiedFiles(starter.Tests);
        }

        Assert.True(fresh.ExitCode == 0 || Snapshot.Accepting, "The starter's shipped verified briefings no longer match what the package renders. Review, then re-ship them with " +
            $"{Snapshot.AcceptVariable}=1 dotnet test tests/Briefings.Package.Tests --filter StarterSnapshotTests:\n{fresh.Output}");
        Assert.Matches(new Regex(@"Passed!\s+- Failed:\s+0, Passed:\s+1,"), fresh.Output);

        // A desk edits a fact: the story rebuilds before the test, which fails with a diff naming the changed line.
        var events = Path.Combine(starter.Story, "facts", "events.yaml");
        File.WriteAllText(events, File.ReadAllText(events).Replace("{ en: The announcement }", "{ en: The first announcement }", StringComparison.Ordinal));
        var edited = starter.Shell(starter.Folder, test);
        Assert.True(edited.ExitCode != 0, edited.Output);
        var html = $"BriefingTests.Every_briefing_matches_its_verified_file.{Slug}.en";
        Assert.Contains($"Snapshot {html}.verified.html differs (received output in {html}.received.html", edited.Output, StringComparison.Ordinal);
        var received = File.ReadAllLines(Path.Combine(starter.Tests, html + ".received.html"));
        var changed = Array.FindIndex(received, l => l.Contains("The first announcement", StringComparison.Ordinal)) + 1;
        Assert.True(changed > 0, string.Join('\n', received));
        Assert.Contains($"+ line {changed}: {received[changed - 1]}", edited.Output, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"- line \d+: .*<strong>The announcement</strong>"), edited.Output);

        // Accepted after review: the verified files take the new text, the received ones go, and the tests pass again.
        var accepted = starter.Shell(starter.Folder, accept);
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.Contains("The first announcement", File.ReadAllText(Path.Combine(starter.Tests, html + ".verified.html")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(starter.Tests, "*.received.*"));
        var again = starter.Shell(starter.Folder, test);
        Assert.True(again.ExitCode == 0, again.Output);
    }

    [Fact]
    public void The_main_readme_shows_the_same_review_commands_as_the_starters_readme()
    {
        // README section: README.md ### Review a change to your briefings
        var starterReadme = File.ReadAllText(Path.Combine(ShippedTests, "..", "README.md")).ReplaceLineEndings("\n");
        var mainReadme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var packageReadme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Briefings.Package", "README.md")).ReplaceLineEndings("\n");
        var commands = ReadmeCommands.InSection(starterReadme, Heading);
        Assert.NotEmpty(commands);
        Assert.Equal(commands, ReadmeCommands.InSection(mainReadme, "#" + Heading));
        Assert.Equal(commands, ReadmeCommands.InSection(packageReadme, "#" + Heading));
    }

    /// <summary>Accepting: the fresh starter's verified files become the ones the template ships, written with the template's slug.</summary>
    private static void ShipVerifiedFiles(string tests)
    {
        foreach (var old in Directory.GetFiles(ShippedTests, "*.verified.*"))
        {
            File.Delete(old);
        }

        foreach (var verified in Directory.GetFiles(tests, "*.verified.*"))
        {
            var name = Path.GetFileName(verified).Replace(Slug, TemplateSlug, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(ShippedTests, name), File.ReadAllText(verified).Replace(Slug, TemplateSlug, StringComparison.Ordinal));
        }
    }
}
