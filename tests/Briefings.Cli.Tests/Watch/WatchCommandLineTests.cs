using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Cli.Watch;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Watch;

/// <summary>
/// <c>briefings watch</c>'s command line, and the one rule it shares with <c>render</c>: a bad option is a usage error
/// (named, usage on stderr, exit code 2) before any model is loaded, and a bad page size is the same BRF115 in both.
/// </summary>
public class WatchCommandLineTests
{
    private static readonly string Tool = RepositoryPaths.Tool;
    private static readonly string[] Paths = ["watch", "--model", "story.dll", "--facts", "facts", "--templates", "templates", "--out", "briefings"];

    /// <summary>A path not given comes from the project; in a folder with no project file that is an error naming --project (the tool's own folder has none).</summary>
    [Fact]
    public void A_path_not_given_outside_a_project_folder_is_an_error_that_names_the_project_option()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Tool, "watch", "--model", "story.dll", "--templates", "t", "--out", "o");

        Assert.Equal(1, exitCode);
        Assert.Equal("", error);
        Assert.Equal($"error: No project file in {RepositoryPaths.ToolFolder}: run in a story project's folder, or pass --project <path>.\n", output);
    }

    /// <summary>--slug is optional: without it and without a schema 'slug:', the model's name gives the slug, as the build's does.</summary>
    [Theory]
    [InlineData("MyStory", "mystory")]
    [InlineData("Harbour.Watch", "harbour-watch")]
    [InlineData("My__Big Story2", "my-big-story2")]
    [InlineData("__", "story")]
    public void Without_slug_the_model_name_gives_the_slug_by_the_builds_rule(string assemblyName, string slug)
        => Assert.Equal(slug, LoadedModel.SlugOf(assemblyName));

    [Theory]
    [InlineData("--bogus", "Unrecognized command or argument '--bogus'.")]
    [InlineData("--port", "--port must be a whole number of 0 or more, not 'x'.")]
    public void A_bad_option_is_a_usage_error_that_names_it(string option, string message)
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Tool, [.. Paths, option, "x"]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("ten")]
    public void A_bad_page_size_is_the_same_usage_error_BRF115_in_watch_and_render(string pageSize)
    {
        var watch = DotnetCli.RunProgram(Tool, [.. Paths, "--page-size", pageSize, "--no-serve"]);
        var render = DotnetCli.RunProgram(Tool, "render", "--model", "story.dll", "--templates", "templates", "--out", "briefings", "--page-size", pageSize);

        var expected = $"briefings: error BRF115: The page size {pageSize} is not a positive whole number. Pass --page-size N (MSBuild property BriefingsPageSize) with N of 1 or more.";
        foreach (var (exitCode, output, error) in new[] { watch, render })
        {
            Assert.Equal(2, exitCode);
            Assert.Equal("", output);
            Assert.Equal(expected, error.Split('\n')[0]);
            Assert.Contains("  --page-size <n>", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_lists_the_paths_the_project_supplies_and_the_options_the_README_names()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Tool, "watch", "--help");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Usage:\n  briefings watch [options]", output, StringComparison.Ordinal);
        Assert.All(
            new[] { "--project", "--model", "--facts", "--templates", "--out", "--root", "--slug", "--page-size", "--port" },
            option => Assert.Contains("  " + option + " <", output, StringComparison.Ordinal));
        Assert.Contains("  --no-serve ", output, StringComparison.Ordinal);

        // `dotnet run` in this repository passes the shipped story's project, then the verb the reader types.
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Briefings.Cli", "Briefings.Cli.csproj"));
        var runArguments = Regex.Match(project, "<RunArguments>(.*)</RunArguments>").Groups[1].Value;
        Assert.Equal("--project \"$(BriefingsRepoRoot)src/Briefings.Story/Briefings.Story.csproj\"", runArguments);
    }
}
