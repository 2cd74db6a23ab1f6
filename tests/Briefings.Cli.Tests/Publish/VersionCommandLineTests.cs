using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Publish;

/// <summary>
/// `briefings publish` and `briefings diff` on their own (the tool as installed, over the built story model and a copy
/// of the shipped facts): a bad time, an unknown version and broken facts each stop with what is wrong and write nothing;
/// the build's publish target passes only options the verb has.
/// </summary>
public class VersionCommandLineTests
{
    private static readonly string Model = typeof(Briefings.Story.Facts).Assembly.Location;

    private static (int ExitCode, string Output, string Error) Run(TempFolder temp, params string[] arguments) =>
        DotnetCli.RunProgram(RepositoryPaths.Tool, [.. arguments, "--model", Model, "--facts", Path.Combine(temp.Path, "seeds"), "--templates", RepositoryPaths.Templates, "--root", temp.Path]);

    private static TempFolder ShippedFacts()
    {
        var temp = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seeds, "*", SearchOption.AllDirectories).Where(f => !f.Contains(".schema", StringComparison.Ordinal)))
        {
            var target = Path.Combine(temp.Path, "seeds", Path.GetRelativePath(RepositoryPaths.Seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return temp;
    }

    [Fact]
    public void A_bad_time_is_BRF124_naming_the_option_and_publishes_nothing()
    {
        using var temp = ShippedFacts();
        File.WriteAllText(Path.Combine(temp.Path, "seeds", "market-moves", "2025-01-27.yaml"), File.ReadAllText(Path.Combine(temp.Path, "seeds", "market-moves", "2025-01-27.yaml")).Replace("change: -16.86%", "change: -17%", StringComparison.Ordinal));
        var (exitCode, output, _) = Run(temp, "publish", "--at", "next Tuesday");
        Assert.Equal(1, exitCode);
        Assert.StartsWith("--at: error BRF124: Cannot publish: 'next Tuesday' is not a time of publication: write a date (2025-01-28, 2025-01) or a UTC time (2025-01-28T09:00:00Z).", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(temp.Path, "seeds", "versions")));
    }

    [Fact]
    public void Unchanged_facts_publish_nothing_and_say_so()
    {
        using var temp = ShippedFacts();
        var (exitCode, output, _) = Run(temp, "publish", "--at", "2025-02-01");
        Assert.Equal(0, exitCode);
        Assert.Equal("Nothing to publish: the facts are those of the version published at 2025-01 (seeds/versions/2025-01.json).\n", output);
    }

    [Fact]
    public void An_unknown_version_is_named_with_the_published_ones()
    {
        using var temp = ShippedFacts();
        var (exitCode, output, _) = Run(temp, "diff", "--from", "2024-12");
        Assert.Equal(1, exitCode);
        Assert.Equal("error: no version is published at '2024-12' (published: 2025-01).\n", output);
    }

    [Fact]
    public void Facts_with_errors_are_reported_at_their_place_and_neither_published_nor_diffed()
    {
        using var temp = ShippedFacts();
        var moves = Path.Combine(temp.Path, "seeds", "market-moves", "2025-01-27.yaml");
        File.WriteAllText(moves, File.ReadAllText(moves).Replace("direction: down", "direction: dwon", StringComparison.Ordinal));
        foreach (var verb in new[] { new[] { "publish", "--at", "2025-02-01" }, ["diff"] })
        {
            var (exitCode, output, _) = Run(temp, verb);
            Assert.Equal(1, exitCode);
            Assert.Matches(@"^seeds/market-moves/2025-01-27\.yaml\(\d+,\d+\): error BRF016: 'dwon' is not an allowed value", output);
            Assert.Contains("error: the facts have errors; fix them first (the versions record sound facts only).", output, StringComparison.Ordinal);
        }

        Assert.Single(Directory.GetFiles(Path.Combine(temp.Path, "seeds", "versions")));
    }

    [Fact]
    public void The_publish_target_passes_only_options_the_publish_verb_has()
    {
        var (exitCode, output, _) = DotnetCli.RunProgram(RepositoryPaths.Tool, "publish", "--help");
        Assert.Equal(0, exitCode);
        var passed = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src/Briefings.Package/build/Briefings.targets"))
            .Where(line => line.Contains("ToolPath)&quot; publish ", StringComparison.Ordinal) || line.Contains("<_BriefingsAtArgument ", StringComparison.Ordinal))
            .SelectMany(exec => Regex.Matches(exec, "(--[a-z-]+) &quot;").Select(m => m.Groups[1].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["--at", "--facts", "--model", "--root", "--templates"], passed);
        Assert.All(passed, option => Assert.Contains("  " + option + " <", output, StringComparison.Ordinal));
    }
}
