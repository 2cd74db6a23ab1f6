using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Briefings.Testing;

/// <summary>
/// The commands a README shows: each line of its shell blocks (<c>```sh</c>, <c>bash</c>, <c>shell</c>, <c>console</c>),
/// without trailing comments, comment lines or blank lines. Tests run them as printed, never copies of them.
/// </summary>
public static partial class ReadmeCommands
{
    [GeneratedRegex(@"```(?:sh|bash|shell|console)\n(.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ShellBlock();

    /// <summary>Every command of the text's shell blocks, once each.</summary>
    public static string[] Of(string markdown) => InOrder(markdown).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The commands of one section, in the order printed (repeats kept): from the heading line (such as
    /// <c>## Start your own story</c>) to the next heading of the same or a higher level.
    /// </summary>
    public static IReadOnlyList<string> InSection(string markdown, string heading)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(heading);
        var lines = markdown.Split('\n');
        var start = Array.IndexOf(lines, heading);
        if (start < 0)
        {
            throw new ArgumentException($"No heading '{heading}' in the text.", nameof(heading));
        }

        var level = heading.TakeWhile(c => c == '#').Count();
        var inFence = false;
        var end = start + 1;
        for (; end < lines.Length; end++)
        {
            inFence ^= lines[end].StartsWith("```", StringComparison.Ordinal);
            var hashes = lines[end].TakeWhile(c => c == '#').Count();
            if (!inFence && hashes > 0 && hashes <= level && lines[end].Length > hashes && lines[end][hashes] == ' ')
            {
                break;
            }
        }

        return InOrder(string.Join('\n', lines[start..end]));
    }

    private static string[] InOrder(string markdown) => ShellBlock().Matches(markdown)
        .SelectMany(block => block.Groups[1].Value.Split('\n'))
        .Select(line => Regex.Replace(line, @"\s+#.*$", string.Empty).Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToArray();
}
