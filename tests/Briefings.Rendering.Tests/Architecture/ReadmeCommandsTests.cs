using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests.Architecture;

/// <summary>
/// A command shown in the README (or the templates' README) is a command that a test or .ci/run runs: each command of
/// their shell blocks must be named by a "README command: …" comment beside the code that runs it, in tests/ or .ci/run.
/// </summary>
public partial class ReadmeCommandsTests
{
    private static readonly string[] Readmes = ["README.md", "templates/README.md"];

    [GeneratedRegex(@"```(?:sh|bash|shell|console)\n(.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"README command: (.+?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>The commands of a Markdown text's shell blocks, without their trailing comments.</summary>
    public static string[] Commands(string markdown) => ShellBlock().Matches(markdown)
        .SelectMany(block => block.Groups[1].Value.Split('\n'))
        .Select(line => Regex.Replace(line, @"\s+#.*$", string.Empty).Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_readme_command_is_run_by_a_test_or_by_ci()
    {
        var commands = Readmes.SelectMany(r => Commands(File.ReadAllText(Path.Combine(RepositoryPaths.Root, r)))).Distinct(StringComparer.Ordinal).ToArray();
        Assert.Contains("dotnet build", commands);
        var runners = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(Path.Combine(RepositoryPaths.Root, ".ci", "run"));
        var run = runners.SelectMany(p => Marker().Matches(File.ReadAllText(p)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        var untested = commands.Where(c => !run.Contains(c)).ToList();
        Assert.True(untested.Count == 0, "Shown in a README but run by no test (add a test, or a 'README command: …' note beside the one that runs it):\n" + string.Join("\n", untested));
    }

    [Fact]
    public void Commands_are_read_from_shell_blocks_only_without_comments()
    {
        const string Markdown = "text `dotnet x`\n\n```sh\ndotnet build      # renders\n# a comment\n\ndotnet test\n```\n\n```yaml\nkind: event\n```\n";

        Assert.Equal(["dotnet build", "dotnet test"], Commands(Markdown));
    }
}
