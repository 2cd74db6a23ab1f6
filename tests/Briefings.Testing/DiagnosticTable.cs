using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Briefings.Testing;

/// <summary>
/// A README's table of diagnostics, read so a test can hold it against the descriptors: the first table after a
/// heading, one row per id, <c>| &lt;a id="brf001"&gt;&lt;/a&gt;BRF001 | error | Title | how to fix it |</c>.
/// </summary>
public static partial class DiagnosticTable
{
    /// <summary>The table lists exactly these descriptors, in id order, with their severity and title.</summary>
    public static void AssertLists(string markdownPath, string heading, IEnumerable<(string Id, bool IsError, string Title)> descriptors)
    {
        var reported = descriptors
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"{d.Id} | {(d.IsError ? "error" : "warning")} | {d.Title}")
            .ToArray();
        Assert.Equal(reported, Read(markdownPath, heading));
    }

    /// <summary>Each row as <c>BRF001 | error | Title</c>, in the table's order; a row of another shape fails the test.</summary>
    public static IReadOnlyList<string> Read(string markdownPath, string heading)
    {
        var lines = File.ReadAllLines(markdownPath);
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"{markdownPath} has no heading '{heading}'.");
        var table = lines.Skip(start + 1)
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Skip(2) // the header and its |---| line
            .ToArray();
        Assert.True(table.Length > 0, $"{markdownPath}: no table of diagnostics under '{heading}'.");
        return table.Select(line =>
        {
            var row = Row().Match(line);
            Assert.True(row.Success, $"{markdownPath}: not a row of the form | <a id=\"brf001\"></a>BRF001 | error | Title | ... |: {line}");
            Assert.True(row.Groups["anchor"].Value[3..] == row.Groups["id"].Value[3..], $"{markdownPath}: the anchor does not match the id: {line}");
            return $"{row.Groups["id"].Value} | {row.Groups["severity"].Value} | {row.Groups["title"].Value}";
        }).ToArray();
    }

    [GeneratedRegex("""^\| <a id="(?<anchor>brf\d{3})"></a>(?<id>BRF\d{3}) \| (?<severity>error|warning) \| (?<title>[^|]+?) \| .+ \|$""")]
    private static partial Regex Row();
}
