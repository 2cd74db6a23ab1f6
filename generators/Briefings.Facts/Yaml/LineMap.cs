using System;
using System.Collections.Generic;
using Briefings.Facts.Diagnostics;

namespace Briefings.Facts.Yaml;

/// <summary>
/// Turns UTF-16 offsets into zero-based line and column, breaking lines exactly where Roslyn's
/// SourceText does (CR LF, CR, LF, U+0085, U+2028, U+2029), so IDE squiggles land on the right text.
/// </summary>
internal sealed class LineMap
{
    private readonly string path;
    private readonly int textLength;
    private readonly List<int> lineStarts = new() { 0 };

    public LineMap(string path, string text)
    {
        this.path = path;
        textLength = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lineStarts.Add(i + 1);
            }
            else if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public LocationInfo Span(int start, int end)
    {
        start = Clamp(start);
        end = Math.Max(start, Clamp(end));
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new LocationInfo(path, start, end - start, startLine, startColumn, endLine, endColumn);
    }

    public LocationInfo Node(YamlNode node) => Span(node.Start, node.End);

    /// <summary>"line 3, column 5" (one-based), for messages that point at a second place in the same file.</summary>
    public string LineAndColumn(int offset)
    {
        var (line, column) = Position(Clamp(offset));
        return FormattableString.Invariant($"line {line + 1}, column {column + 1}");
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - lineStarts[line]);
    }

    private int Clamp(int offset) => Math.Min(Math.Max(offset, 0), textLength);
}
