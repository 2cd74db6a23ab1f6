using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Watch.Tests;

/// <summary>
/// The watch loop's command line, and the one rule it shares with the render app: a bad option is a usage error
/// (named, usage on stderr, exit code 2) before any model is loaded, and a bad page size is the same BRF115 in both.
/// </summary>
public class WatchCommandLineTests
{
    private static readonly string Watch = RepositoryPaths.Program("Briefings.Watch");
    private static readonly string Render = RepositoryPaths.Program("Briefings.Render");
    private static readonly string[] Paths = ["--model", "story.dll", "--facts", "facts", "--templates", "templates", "--out", "briefings"];

    [Fact]
    public void A_missing_required_option_is_a_usage_error_that_names_it()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Watch, "--model", "story.dll", "--templates", "t", "--out", "o");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("Option '--facts' is required.", error, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  Briefings.Watch [options]", error, StringComparison.Ordinal);
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
        var (exitCode, output, error) = DotnetCli.RunProgram(Watch, [.. Paths, option, "x"]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("ten")]
    public void A_bad_page_size_is_the_same_usage_error_BRF115_in_the_watch_loop_and_the_render_app(string pageSize)
    {
        var watch = DotnetCli.RunProgram(Watch, [.. Paths, "--page-size", pageSize, "--no-serve"]);
        var render = DotnetCli.RunProgram(Render, "--model", "story.dll", "--templates", "templates", "--out", "briefings", "--page-size", pageSize);

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
    public void Help_lists_the_options_the_project_file_and_the_README_pass()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Watch, "--help");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Briefings.Watch", "Briefings.Watch.csproj"));
        var runArguments = Regex.Match(project, "<RunArguments>(.*)</RunArguments>").Groups[1].Value;
        var passed = Regex.Matches(runArguments, "--[a-z-]+").Select(m => m.Value).ToArray();
        Assert.Equal(["--model", "--facts", "--templates", "--out", "--root"], passed);
        Assert.All(passed.Concat(["--slug", "--page-size", "--port"]), option => Assert.Contains("  " + option + " <", output, StringComparison.Ordinal));
        Assert.Contains("  --no-serve ", output, StringComparison.Ordinal);
    }
}
