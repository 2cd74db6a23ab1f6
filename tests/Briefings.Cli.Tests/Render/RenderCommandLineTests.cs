using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Render;

/// <summary>
/// <c>briefings render</c>'s command line, run as the build runs it: a usage error names the option and prints the usage on
/// stderr with exit code 2 (1 is a failed render); --help lists every option the two render targets pass.
/// </summary>
public class RenderCommandLineTests
{
    private static readonly string Tool = RepositoryPaths.Tool;

    [Fact]
    public void A_missing_required_option_is_a_usage_error_that_names_it()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Tool, "render", "--model", "story.dll", "--templates", "templates");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("Option '--out' is required.", error, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  briefings render [options]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_or_a_missing_value_is_a_usage_error_that_names_it()
    {
        var unknown = DotnetCli.RunProgram(Tool, "render", "--model", "story.dll", "--templates", "t", "--out", "o", "--pagesize", "3");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Unrecognized command or argument '--pagesize'.", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", unknown.Error, StringComparison.Ordinal);

        var noValue = DotnetCli.RunProgram(Tool, "render", "--model", "story.dll", "--templates", "t", "--out");
        Assert.Equal(2, noValue.ExitCode);
        Assert.Contains("'--out'", noValue.Error, StringComparison.Ordinal);
        Assert.Equal("", unknown.Output + noValue.Output);
    }

    [Fact]
    public void Json_schemas_without_the_facts_folder_is_a_usage_error()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Tool, "render", "--model", "story.dll", "--templates", "t", "--out", "o", "--json-schemas", "s");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("--json-schemas needs --facts", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_option_the_render_targets_pass()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Tool, "render", "--help");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var passed = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src/Briefings.Package/build/Briefings.targets"))
            .Where(line => (line.Contains("<Exec ", StringComparison.Ordinal) && line.Contains("ToolPath)&quot; render ", StringComparison.Ordinal))
                || line.Contains("<_BriefingsSlugArgument ", StringComparison.Ordinal)
                || line.Contains("<_BriefingsJsonSchemaArguments ", StringComparison.Ordinal))
            .SelectMany(exec => Regex.Matches(exec, "(--[a-z-]+) &quot;").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToArray();
        Assert.Equal(["--default-slug", "--facts", "--json-schemas", "--memo", "--model", "--out", "--output-list", "--page-size", "--root", "--slug", "--stamp", "--templates", "--versions"], passed.Order(StringComparer.Ordinal));
        Assert.All(passed, option => Assert.Contains("  " + option + " <", output, StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_given_twice_takes_the_last_value()
    {
        // The first --model does not exist; the render reaches the second, which is no assembly either, and says so (BRF108).
        using var temp = new TempFolder();
        var notAModel = Path.Combine(temp.Path, "second.dll");
        File.WriteAllText(notAModel, "not an assembly");

        var (exitCode, output, _) = DotnetCli.RunProgram(Tool, "render", "--model", "first.dll", "--model", notAModel, "--templates", temp.Path, "--out", temp.Path);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("briefings: error BRF108: ", output, StringComparison.Ordinal);
        Assert.Contains("second.dll", output, StringComparison.Ordinal);
    }
}
