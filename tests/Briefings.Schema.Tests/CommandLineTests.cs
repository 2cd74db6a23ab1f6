using System;
using System.IO;
using Briefings.Testing;
using Xunit;

namespace Briefings.Schema.Tests;

/// <summary>
/// The command as the Briefings package runs it: the tool, the fact pipeline, YamlDotNet and System.CommandLine alone in a
/// folder (no deps.json, no Roslyn: the tool needs no compiler). A bad command line is a usage error as in the other
/// programs: named, usage on stderr, exit code 2.
/// </summary>
public class CommandLineTests
{
    [Fact]
    public void The_tool_writes_the_schemas_checks_them_and_reports_a_stale_one()
    {
        var temp = Path.Combine(Path.GetTempPath(), "briefings-schema-cli-" + Guid.NewGuid().ToString("N")[..12]);
        var tool = Path.Combine(temp, "tool");
        var output = Path.Combine(temp, "out");
        Directory.CreateDirectory(tool);
        try
        {
            foreach (var name in new[] { "Briefings.Schema.dll", "Briefings.Schema.runtimeconfig.json", "Briefings.Facts.dll", "YamlDotNet.dll", "System.CommandLine.dll" })
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, name), Path.Combine(tool, name));
            }

            var facts = Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Package.Tests", "Story", "facts");
            var write = Run(tool, facts, "--out", output);
            Assert.True(write.ExitCode == 0, write.Output);
            Assert.Contains("JSON Schemas written: event.schema.json, fact.schema.json, figure.schema.json, organisation.schema.json, source.schema.json", write.Output, StringComparison.Ordinal);

            var check = Run(tool, facts, "--out", output, "--check");
            Assert.True(check.ExitCode == 0, check.Output);

            File.WriteAllText(Path.Combine(output, "figure.schema.json"), "{}\n");
            var stale = Run(tool, facts, "--out", output, "--check");
            Assert.Equal(1, stale.ExitCode);
            Assert.Contains(Path.Combine(output, "figure.schema.json") + ": error BRS001: the JSON Schema is not up to date", stale.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(Directory.GetFiles(tool), f => Path.GetFileName(f).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Theory]
    [InlineData(new string[0], "Required argument missing for command: 'Briefings.Schema'.")]
    [InlineData(new[] { "no-such-folder" }, "The facts folder 'no-such-folder' does not exist.")]
    [InlineData(new[] { "facts", "--chek" }, "Unrecognized command or argument '--chek'.")]
    [InlineData(new[] { "facts", "--out" }, "Required argument missing for option: '--out'.")]
    [InlineData(new[] { "facts", "other" }, "Unrecognized command or argument 'other'.")]
    public void A_bad_command_line_is_a_usage_error_with_the_usage_on_stderr(string[] arguments, string message)
    {
        var facts = Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Package.Tests", "Story", "facts");
        var (exitCode, output, error) = DotnetCli.RunProgram(Path.Combine(AppContext.BaseDirectory, "Briefings.Schema.dll"), Array.ConvertAll(arguments, a => a == "facts" ? facts : a));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  Briefings.Schema <facts folder> [options]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_options_the_package_passes()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Path.Combine(AppContext.BaseDirectory, "Briefings.Schema.dll"), "--help");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        foreach (var option in new[] { "--out <folder>", "--check" })
        {
            Assert.Contains("  " + option + " ", output, StringComparison.Ordinal);
        }
    }

    private static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(Path.Combine(tool, "Briefings.Schema.dll"), arguments);
        return (exitCode, output + error);
    }
}
