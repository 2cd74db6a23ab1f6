using System;
using System.Collections.Generic;
using System.Linq;

namespace Briefings.Story.Tests;

/// <summary>A fact a note points at, as the correction check reads it: its Chinese texts and its dates.</summary>
internal sealed record AffectedFact(string Name, IReadOnlyList<string> ChineseTexts, IReadOnlyList<string> Dates);

/// <summary>
/// What a text of the fact base must not hold (issue 11, items 4 and 5): the article's conversion leftovers, markup,
/// half-width joiners in Chinese, and headlines that open with a word only the article's context explains.
/// </summary>
internal static class ReadingRules
{
    public const string Chinese = "zh-Hant";

    private static readonly string[] Leftovers = ["?!?", "</p>", "/p>", "?,F"];

    private static readonly string[] ContextOpenings = ["該公司", "去年", "日前", "今年", "此前"];

    private static readonly HashSet<string> HeadlineFields = new(StringComparer.Ordinal) { "title", "summary", "statement" };

    private const string HalfWidthJoiners = ",:;()";

    private const string FullWidthJoiners = "，：；（）";

    /// <summary>Why the text does not read cleanly, one reason per problem; empty if it does.</summary>
    public static IEnumerable<string> Problems(string language, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var leftover in Leftovers.Where(l => text.Contains(l, StringComparison.Ordinal)))
        {
            yield return $"holds the printed leftover '{leftover}'";
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            yield return "holds markup ('<')";
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] == '?' && IsChinese(text[i - 1]) && IsChinese(text[i + 1]))
            {
                yield return $"a '?' between Chinese characters (at {i}) stands for a lost character";
            }
        }

        if (language != Chinese)
        {
            yield break;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var joiner = HalfWidthJoiners.IndexOf(text[i], StringComparison.Ordinal);
            if (joiner >= 0 && ((i > 0 && IsChinese(text[i - 1])) || (i + 1 < text.Length && IsChinese(text[i + 1]))))
            {
                yield return $"half-width '{text[i]}' beside Chinese text (at {i}; write '{FullWidthJoiners[joiner]}')";
            }
        }

        if (HeadlineFields.Contains(field))
        {
            foreach (var opening in ContextOpenings.Where(o => text.StartsWith(o, StringComparison.Ordinal)))
            {
                yield return $"starts with '{opening}', which only the article's context explains";
            }
        }
    }

    /// <summary>
    /// The readings of <paramref name="corrected"/> that no affected fact carries in its Chinese texts or its dates.
    /// A note that lists several defects separated by "; " in <c>printed</c> lists their readings the same way.
    /// </summary>
    public static IReadOnlyList<string> MissingReadings(string printed, string corrected, IReadOnlyList<AffectedFact> affected)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(corrected);
        ArgumentNullException.ThrowIfNull(affected);
        var readings = corrected.Split("; ");
        if (readings.Length != printed.Split("; ").Length)
        {
            readings = [corrected];
        }

        return readings
            .Where(r => !affected.Any(f => f.ChineseTexts.Any(t => t.Contains(r, StringComparison.Ordinal)) || f.Dates.Contains(r, StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>CJK ideographs, CJK punctuation (。「」) and full-width forms (，：).</summary>
    public static bool IsChinese(char c) =>
        c is (>= '\u3400' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff') or (>= '\u3000' and <= '\u303f') or (>= '\uff00' and <= '\uffef');
}
