using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Briefings.Testing;
using Xunit;

namespace Briefings.Schema.Tests;

/// <summary>
/// The command as the Briefings package runs it: the tool, the generator and YamlDotNet alone in a folder (no
/// deps.json, no Roslyn), Microsoft.CodeAnalysis loaded from another folder through --roslyn.
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
            foreach (var name in new[] { "Briefings.Schema.dll", "Briefings.Schema.runtimeconfig.json", "Briefings.Generators.dll", "YamlDotNet.dll" })
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, name), Path.Combine(tool, name));
            }

            var facts = Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Package.Tests", "Story", "facts");
            var write = Run(tool, facts, "--out", output, "--roslyn", AppContext.BaseDirectory);
            Assert.True(write.ExitCode == 0, write.Output);
            Assert.Contains("JSON Schemas written: event.schema.json, fact.schema.json, figure.schema.json, organisation.schema.json, source.schema.json", write.Output, StringComparison.Ordinal);

            var check = Run(tool, facts, "--out", output, "--check", "--roslyn", AppContext.BaseDirectory);
            Assert.True(check.ExitCode == 0, check.Output);

            File.WriteAllText(Path.Combine(output, "figure.schema.json"), "{}\n");
            var stale = Run(tool, facts, "--out", output, "--check", "--roslyn", AppContext.BaseDirectory);
            Assert.Equal(1, stale.ExitCode);
            Assert.Contains(Path.Combine(output, "figure.schema.json") + ": error BRS001: the JSON Schema is not up to date", stale.Output, StringComparison.Ordinal);

            // Without --roslyn the tool cannot find the compiler's assembly: the folder really lacks it.
            var alone = Run(tool, facts, "--out", output);
            Assert.NotEqual(0, alone.ExitCode);
            Assert.Contains("Microsoft.CodeAnalysis", alone.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(tool, "Briefings.Schema.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
