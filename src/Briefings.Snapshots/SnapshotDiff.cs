using System.Globalization;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Briefings.Snapshots;

/// <summary>The diff a failure shows: changed lines only, each with its line number, at most 60, long lines cut.</summary>
internal static class SnapshotDiff
{
    private const int MaxLines = 60;

    private const int MaxLineLength = 240;

    public static string Of(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        var (oldLine, newLine, shown) = (0, 0, 0);
        foreach (var line in model.Lines)
        {
            // Numbers count in each side's own text: a deleted line by the verified file's, an inserted one by the received.
            switch (line.Type)
            {
                case ChangeType.Deleted:
                    oldLine++;
                    shown += Append(builder, "- line ", oldLine, line.Text, shown);
                    break;
                case ChangeType.Inserted:
                    newLine++;
                    shown += Append(builder, "+ line ", newLine, line.Text, shown);
                    break;
                default:
                    oldLine++;
                    newLine++;
                    break;
            }
        }

        if (shown > MaxLines)
        {
            builder.Append(CultureInfo.InvariantCulture, $"... and {shown - MaxLines} more changed line(s)\n");
        }

        return builder.ToString();
    }

    private static int Append(StringBuilder builder, string prefix, int number, string text, int shown)
    {
        if (shown < MaxLines)
        {
            var cut = text.Length > MaxLineLength ? text[..MaxLineLength] + " [...]" : text;
            builder.Append(prefix).Append(number.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(cut).Append('\n');
        }

        return 1;
    }
}
