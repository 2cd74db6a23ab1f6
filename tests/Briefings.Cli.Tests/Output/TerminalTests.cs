using System;
using System.Collections.Generic;
using System.IO;
using Briefings.Cli.Output;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Output;

/// <summary>Colours only on a terminal with NO_COLOR unset or empty; a progress line only on a terminal; plain lines in a pipe.</summary>
public class TerminalTests
{
    private const string Error = "facts/a.yaml(3,7): error BRF015: 'x' is not a date.";

    [Theory]
    [InlineData(true, null, true, true)]
    [InlineData(true, "", true, true)]
    [InlineData(true, "1", false, true)]
    [InlineData(false, null, false, false)]
    [InlineData(false, "1", false, false)]
    public void Colours_and_progress_follow_the_terminal_and_NO_COLOR(bool isTerminal, string? noColor, bool colours, bool progress)
    {
        using var output = new StringWriter();
        var terminal = new Terminal(output, isTerminal, noColor);
        terminal.Progress("Reading fact files: 1 of 2");
        terminal.WriteLine(Error);

        Assert.Equal((colours, progress), (terminal.Colours, terminal.ShowsProgress));
        var printed = output.ToString();
        Assert.Equal(colours, printed.Contains("\u001b[31m" + Error + "\u001b[0m", StringComparison.Ordinal));
        Assert.Equal(progress, printed.Contains("\rReading fact files: 1 of 2", StringComparison.Ordinal));
        Assert.EndsWith((colours ? "\u001b[31m" + Error + "\u001b[0m" : Error) + Environment.NewLine, printed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_progress_line_is_cleared_before_the_next_line()
    {
        using var output = new StringWriter();
        var terminal = new Terminal(output, outputIsTerminal: true, noColor: "1");
        terminal.Progress("Checking 12 fact files...");
        terminal.WriteLine("done");

        Assert.Equal("\rChecking 12 fact files...\r" + new string(' ', 25) + "\rdone" + Environment.NewLine, output.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1")]
    public void The_tool_prints_no_escape_codes_into_a_pipe(string? noColor)
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "schema.yaml"), "schema: { languages: [en] }\nkinds: { note: { fields: { text: text } } }\n");
        File.WriteAllText(Path.Combine(temp.Path, "a.yaml"), "kind: note\nid: a\ntext: fine\nlength: 3\n");
        var environment = new Dictionary<string, string> { ["NO_COLOR"] = noColor ?? string.Empty };

        var (exitCode, output) = DotnetCli.Run(temp.Path, environment, RepositoryPaths.Tool, "check", "--facts", temp.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("a.yaml(4,1): error BRF013: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\r', output);
    }
}
