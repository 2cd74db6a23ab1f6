using System;
using System.IO;
using System.Text;

namespace Briefings.Cli.Output;

/// <summary>A writer for code that logs whole lines (the watch loop): each line goes through <see cref="Terminal.WriteLine"/>, painted.</summary>
internal sealed class TerminalWriter(Terminal terminal) : TextWriter
{
    private readonly StringBuilder pending = new();

    public override Encoding Encoding => terminal.Out.Encoding;

    public override void Write(char value)
    {
        lock (pending)
        {
            if (value == '\n')
            {
                EndLine();
            }
            else if (value != '\r')
            {
                pending.Append(value);
            }
        }
    }

    public override void WriteLine(string? value)
    {
        lock (pending)
        {
            pending.Append(value);
            EndLine();
        }
    }

    public override void Flush() => terminal.Out.Flush();

    private void EndLine()
    {
        var line = pending.ToString();
        pending.Clear();
        terminal.WriteLine(line, success: line.Contains(" rewritten, in ", StringComparison.Ordinal));
        terminal.Out.Flush();
    }
}
