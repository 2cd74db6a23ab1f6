using System;
using System.IO;
using System.Linq;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Publish;

/// <summary>
/// The README's "Publish an update" commands, run as a reader types them from the repository root, on a copy of the
/// shipped facts (given after the double dash, as the README says options there override the project's) with Nvidia's
/// fall corrected: diff prints what the README shows, and publish records the version beside the copied facts.
/// </summary>
public class ReadmePublishCommandTests
{
    private const string Section = "## Publish an update";

    [Fact]
    public void The_readme_diff_and_publish_commands_show_the_correction_and_record_it()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var commands = ReadmeCommands.InSection(readme, Section).Where(c => c.StartsWith("dotnet run", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["dotnet run --project src/Briefings.Cli -- diff", "dotnet run --project src/Briefings.Cli -- publish --at 2025-01-29T09:00:00Z"],
            commands);

        using var temp = new TempFolder();
        var facts = Path.Combine(temp.Path, "seeds");
        CopyFolder(RepositoryPaths.Seeds, facts);
        ShippedStoryEdits.CorrectNvidiaFall(facts);

        // README command: dotnet run --project src/Briefings.Cli -- diff
        var diff = Run(commands[0], facts, temp.Path);
        Assert.True(diff.ExitCode == 0, diff.Output);
        var shown = readme[readme.IndexOf(Section, StringComparison.Ordinal)..];
        shown = shown[(shown.IndexOf("```text\n", StringComparison.Ordinal) + 8)..];
        shown = shown[..shown.IndexOf("```", StringComparison.Ordinal)];
        Assert.Contains(shown, diff.Output, StringComparison.Ordinal);

        // README command: dotnet run --project src/Briefings.Cli -- publish --at 2025-01-29T09:00:00Z
        var publish = Run(commands[1], facts, temp.Path);
        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.Contains("Published the version of 2025-01-29T09:00:00Z: seeds/versions/2025-01-29T09-00-00Z.json (1 fact(s) added, removed or changed, 1 correction(s)).", publish.Output, StringComparison.Ordinal);
        Assert.Equal(["2025-01-29T09-00-00Z.json", "2025-01.json"], Directory.GetFiles(Path.Combine(facts, "versions")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static (int ExitCode, string Output) Run(string command, string facts, string root) =>
        DotnetCli.Run(RepositoryPaths.Root, [.. command.Split(' ').Skip(1), "--facts", facts, "--root", root]);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.schema{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
