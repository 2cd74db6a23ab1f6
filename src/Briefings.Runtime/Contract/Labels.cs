using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace Briefings.Runtime;

/// <summary>
/// The labels the schema gives kinds, fields and enumeration values (<c>label:</c>, <c>labels:</c>), and the one rule
/// that picks a label for a page: the page's language; on an English page (<c>en</c>, <c>en-*</c>) the humanized name;
/// on another, the fallback (first) language's label, else the humanized name. Never null, never an exception.
/// </summary>
public static class Labels
{
    private static readonly ReadOnlyDictionary<string, string> NoLabel = new(new Dictionary<string, string>(StringComparer.Ordinal));

    private static readonly ReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NoValueLabels = new(new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal));

    /// <summary>An empty label (no language declared).</summary>
    public static IReadOnlyDictionary<string, string> None => NoLabel;

    /// <summary>No enumeration value labelled.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NoValues => NoValueLabels;

    /// <summary>A label from language/text pairs: <c>Of("en", "Timeline", "zh-Hant", "時間線")</c> (the generated descriptors call it).</summary>
    public static IReadOnlyDictionary<string, string> Of(params string[] languageTextPairs)
    {
        ArgumentNullException.ThrowIfNull(languageTextPairs);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < languageTextPairs.Length; i += 2)
        {
            result[languageTextPairs[i]] = languageTextPairs[i + 1];
        }

        return new ReadOnlyDictionary<string, string>(result);
    }

    /// <summary>Labels of enumeration values from value/label pairs: <c>ForValues("up", Of(...), "down", Of(...))</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ForValues(params object?[] valueLabelPairs)
    {
        ArgumentNullException.ThrowIfNull(valueLabelPairs);
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < valueLabelPairs.Length; i += 2)
        {
            if (valueLabelPairs[i] is string value)
            {
                result[value] = valueLabelPairs[i + 1] as IReadOnlyDictionary<string, string> ?? NoLabel;
            }
        }

        return new ReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>(result);
    }

    /// <summary>The label for a page in <paramref name="language"/> by the rule above; <paramref name="name"/> is humanized last.</summary>
    public static string In(IReadOnlyDictionary<string, string>? label, string language, string fallbackLanguage, string name)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(name);
        if (label is not null && label.TryGetValue(language, out var exact))
        {
            return exact;
        }

        if (!IsEnglish(language) && label is not null && fallbackLanguage is not null && label.TryGetValue(fallbackLanguage, out var fallback))
        {
            return fallback;
        }

        return Humanize(name);
    }

    /// <summary><c>en</c> or <c>en-*</c>.</summary>
    public static bool IsEnglish(string language)
        => language is not null && (language == "en" || language.StartsWith("en-", StringComparison.Ordinal));

    /// <summary>A schema name as words: <c>market-moves</c> → <c>Market moves</c>, <c>based_in</c> → <c>Based in</c>, <c>MarketMoves</c> → <c>Market moves</c>.</summary>
    public static string Humanize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '-' or '_')
            {
                text.Append(' ');
            }
            else if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(i == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return text.ToString();
    }
}
