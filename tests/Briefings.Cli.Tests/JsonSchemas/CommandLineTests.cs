using System;
using System.IO;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.JsonSchemas;

/// <summary>
/// <c>briefings schema</c> as the Briefings package runs it (the tool's build output, which the package carries as
/// tools/briefings: no Roslyn, the tool needs no compiler). A bad command line is a usage error as in the other verbs:
/// named, usage on stderr, exit code 2.
/// </summary>
public class CommandLineTests
{
    private static readonly string Facts = Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Package.Tests", "Story", "facts");

    [Fact]
    public void The_tool_writes_the_schemas_checks_them_and_reports_a_stale_one()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out");
        var write = Run(Facts, "--out", output);
        Assert.True(write.ExitCode == 0, write.Output);
        Assert.Contains("JSON Schemas written: event.schema.json, fact.schema.json, figure.schema.json, organisation.schema.json, source.schema.json", write.Output, StringComparison.Ordinal);

        // The standalone verb lists the ids too: an event's organisation completes the story's organisations.
        Assert.Contains("\"city-council\"", File.ReadAllText(Path.Combine(output, "event.schema.json")), StringComparison.Ordinal);

        var check = Run(Facts, "--out", output, "--check");
        Assert.True(check.ExitCode == 0, check.Output);

        File.WriteAllText(Path.Combine(output, "figure.schema.json"), "{}\n");
        var stale = Run(Facts, "--out", output, "--check");
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains(Path.Combine(output, "figure.schema.json") + ": error BRS001: the JSON Schema is not up to date; run: briefings schema " + Facts, stale.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(RepositoryPaths.ToolFolder), f => Path.GetFileName(f).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "no-such-folder" }, "The facts folder 'no-such-folder' does not exist.")]
    [InlineData(new[] { "facts", "--chek" }, "Unrecognized command or argument '--chek'.")]
    [InlineData(new[] { "facts", "--out" }, "Required argument missing for option: '--out'.")]
    [InlineData(new[] { "facts", "other" }, "Unrecognized command or argument 'other'.")]
    public void A_bad_command_line_is_a_usage_error_with_the_usage_on_stderr(string[] arguments, string message)
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(RepositoryPaths.Tool, ["schema", .. Array.ConvertAll(arguments, a => a == "facts" ? Facts : a)]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  briefings schema [<facts folder>] [options]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_options_the_package_passes()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(RepositoryPaths.Tool, "schema", "--help");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        foreach (var option in new[] { "--out <folder>", "--check", "--project <path>" })
        {
            Assert.Contains("  " + option + " ", output, StringComparison.Ordinal);
        }
    }

    private static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(RepositoryPaths.Tool, ["schema", .. arguments]);
        return (exitCode, output + error);
    }
}
