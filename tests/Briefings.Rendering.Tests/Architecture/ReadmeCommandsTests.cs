using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Architecture;

/// <summary>
/// A command shown in a README (the repository's, the templates', the package's, the starter's) is a command that a
/// test or .ci/run runs: each command of their shell blocks must be named by a "README command: …" comment beside the
/// code that runs it, in tests/ or .ci/run, or belong to a section that a test runs whole, extracting its commands from
/// the README itself ("README section: &lt;file&gt; &lt;heading&gt;").
/// </summary>
public partial class ReadmeCommandsTests
{
    private static readonly string[] Readmes = ["README.md", "templates/README.md", "src/Briefings.Package/README.md", "src/Briefings.Starter/content/briefings-story/README.md"];

    [GeneratedRegex(@"README command: (.+?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"README section: (\S+) (#+ .+?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SectionMarker();

    /// <summary>The commands of a Markdown text's shell blocks, without their trailing comments.</summary>
    public static string[] Commands(string markdown) => ReadmeCommands.Of(markdown);

    [Fact]
    public void Every_readme_command_is_run_by_a_test_or_by_ci()
    {
        var commands = Readmes.SelectMany(r => Commands(Read(r))).Distinct(StringComparer.Ordinal).ToArray();
        Assert.Contains("dotnet build", commands);
        var runners = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(Path.Combine(RepositoryPaths.Root, ".ci", "run"))
            .Select(File.ReadAllText)
            .ToList();
        var run = runners.SelectMany(text => Marker().Matches(text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var section in runners.SelectMany(text => SectionMarker().Matches(text)))
        {
            run.UnionWith(ReadmeCommands.InSection(Read(section.Groups[1].Value), section.Groups[2].Value));
        }

        var untested = commands.Where(c => !run.Contains(c)).ToList();
        Assert.True(untested.Count == 0, "Shown in a README but run by no test (add a test, or a 'README command: …' note beside the one that runs it):\n" + string.Join("\n", untested));
    }

    [Fact]
    public void Commands_are_read_from_shell_blocks_only_without_comments()
    {
        const string Markdown = "text `dotnet x`\n\n```sh\ndotnet build      # renders\n# a comment\n\ndotnet test\n```\n\n```yaml\nkind: event\n```\n";

        Assert.Equal(["dotnet build", "dotnet test"], Commands(Markdown));
    }

    [Fact]
    public void A_sections_commands_are_those_up_to_the_next_heading_of_its_level_in_order()
    {
        const string Markdown = "## One\n\n```sh\na\nb   # x\na\n```\n\n### Sub\n\n```sh\nc\n```\n\n## Two\n\n```sh\nd\n```\n";

        Assert.Equal(["a", "b", "a", "c"], ReadmeCommands.InSection(Markdown, "## One"));
        Assert.Equal(["d"], ReadmeCommands.InSection(Markdown, "## Two"));
    }

    private static string Read(string readme) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, readme));
}
