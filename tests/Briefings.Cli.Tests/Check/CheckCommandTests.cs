using System;
using System.IO;
using System.Linq;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Check;

/// <summary>
/// <c>briefings check</c> run as a desk runs it: the fact pipeline over a fact base, without a build. A sound fact base
/// exits 0; a broken one prints each error located at its file, line and column, as the build does, and exits 1.
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private static readonly string StoryFacts = Path.Combine(RepositoryPaths.Root, "tests", "Briefings.Package.Tests", "Story", "facts");
    private readonly TempFolder temp = new("briefings-check");

    public CheckCommandTests() => CopyFolder(StoryFacts, Facts);

    private string Facts => Path.Combine(temp.Path, "facts");

    [Fact]
    public void A_sound_fact_base_passes_with_a_summary_and_exit_code_0()
    {
        var (exitCode, output, error) = Check();

        Assert.True(exitCode == 0, output + error);
        Assert.Equal("", error);
        var files = Directory.EnumerateFiles(Facts, "*.yaml", SearchOption.AllDirectories).Count();
        Assert.StartsWith($"Facts are sound: {files} file(s) checked, 0 error(s), 0 warning(s), in ", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void A_broken_fact_base_prints_located_errors_and_exits_1()
    {
        var figures = Path.Combine(Facts, "figures.yaml");
        var lines = File.ReadAllLines(figures);
        var changeLine = Array.FindIndex(lines, l => l.Contains("change: -12.5%", StringComparison.Ordinal));
        lines[changeLine] = lines[changeLine].Replace("-12.5%", "minus twelve", StringComparison.Ordinal);
        var referenceLine = Array.FindIndex(lines, l => l.Contains("source: council-minutes", StringComparison.Ordinal));
        lines[referenceLine] = lines[referenceLine].Replace("council-minutes", "council-minute", StringComparison.Ordinal);
        File.WriteAllLines(figures, lines);

        var (exitCode, output, _) = Check();

        Assert.Equal(1, exitCode);
        var printed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var badValue = $"facts/figures.yaml({changeLine + 1},{lines[changeLine].IndexOf("minus", StringComparison.Ordinal) + 1}): error BRF015: ";
        var badReference = $"facts/figures.yaml({referenceLine + 1},{lines[referenceLine].IndexOf("council-minute", StringComparison.Ordinal) + 1}): error BRF017: ";
        Assert.Contains(printed, l => l.StartsWith(badValue, StringComparison.Ordinal));
        Assert.Contains(printed, l => l.StartsWith(badReference, StringComparison.Ordinal) && l.Contains("'council-minutes'", StringComparison.Ordinal));
        Assert.StartsWith("error: facts have errors: ", printed[^1], StringComparison.Ordinal);
        Assert.Contains(" 2 error(s)", printed[^1], StringComparison.Ordinal);
    }

    [PosixFact]
    public void A_named_pipe_or_a_link_to_nothing_is_BRF005_at_the_file_and_never_read()
    {
        // Reading a pipe with no writer waits for ever; check (and watch, through the same FactFolder) never opens one.
        PosixFiles.MakeFifo(Path.Combine(Facts, "pipe.yaml"));
        File.CreateSymbolicLink(Path.Combine(Facts, "dangling.yml"), "nowhere.yaml");

        var (exitCode, output, _) = Check();

        Assert.Equal(1, exitCode);
        var printed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("facts/pipe.yaml(1,1): error BRF005: The file could not be read: it is not a regular file (a named pipe, socket or device, or a link to nothing), and reading a pipe would wait for ever. Check that it exists and is readable.", printed);
        Assert.Contains(printed, l => l.StartsWith("facts/dangling.yml(1,1): error BRF005: The file could not be read: it is not a regular file", StringComparison.Ordinal));
        Assert.Contains(" 2 error(s)", printed[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_facts_folder_is_an_error_not_an_exception()
    {
        var (exitCode, output, error) = DotnetCli.RunProgram(RepositoryPaths.Tool, "check", "--facts", Path.Combine(temp.Path, "nowhere"));

        Assert.Equal(1, exitCode);
        Assert.Equal("", error);
        Assert.Equal($"error: the facts folder {Path.Combine(temp.Path, "nowhere")} does not exist.\n", output);
    }

    public void Dispose() => temp.Dispose();

    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private (int ExitCode, string Output, string Error) Check()
        => DotnetCli.RunProgram(RepositoryPaths.Tool, "check", "--facts", Facts, "--root", temp.Path);
}
