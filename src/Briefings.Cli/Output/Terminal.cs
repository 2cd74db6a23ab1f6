using System;
using System.IO;

namespace Briefings.Cli.Output;

/// <summary>
/// Where the tool prints and how: colours only when stdout is a terminal and <c>NO_COLOR</c> is unset or empty
/// (https://no-color.org), and a progress line for long work only on a terminal, so a log, a pipe or a test sees plain
/// lines. MSBuild runs <c>render</c> with stdout redirected, so its canonical diagnostics are never coloured.
/// </summary>
internal sealed class Terminal
{
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Green = "\u001b[32m";
    private const string Reset = "\u001b[0m";
    private readonly object gate = new();
    private int progressLength;

    public Terminal(TextWriter output, bool outputIsTerminal, string? noColor)
    {
        Out = output;
        ShowsProgress = outputIsTerminal;
        Colours = outputIsTerminal && string.IsNullOrEmpty(noColor);
    }

    public TextWriter Out { get; }

    public bool Colours { get; }

    public bool ShowsProgress { get; }

    /// <summary>The process's console, as the user runs it.</summary>
    public static Terminal Console() => new(System.Console.Out, !System.Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>A line as printed: a located error red, a warning yellow, a success green, when colours are on.</summary>
    public string Paint(string line, bool success = false)
    {
        if (!Colours)
        {
            return line;
        }

        if (line.Contains(": error ", StringComparison.Ordinal) || line.StartsWith("error", StringComparison.Ordinal))
        {
            return Red + line + Reset;
        }

        if (line.Contains(": warning ", StringComparison.Ordinal))
        {
            return Yellow + line + Reset;
        }

        return success ? Green + line + Reset : line;
    }

    /// <summary>Prints a line (painted), clearing the progress line first.</summary>
    public void WriteLine(string line, bool success = false)
    {
        lock (gate)
        {
            ClearProgress();
            Out.WriteLine(Paint(line, success));
        }
    }

    /// <summary>Shows what long work is doing, on one line rewritten in place; nothing when stdout is not a terminal.</summary>
    public void Progress(string text)
    {
        if (!ShowsProgress)
        {
            return;
        }

        lock (gate)
        {
            Out.Write("\r" + text.PadRight(progressLength));
            progressLength = text.Length;
            Out.Flush();
        }
    }

    /// <summary>Removes the progress line, if one is shown.</summary>
    public void EndProgress()
    {
        lock (gate)
        {
            ClearProgress();
        }
    }

    private void ClearProgress()
    {
        if (progressLength > 0)
        {
            Out.Write("\r" + new string(' ', progressLength) + "\r");
            progressLength = 0;
        }
    }
}
