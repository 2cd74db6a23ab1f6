using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Briefings.Runtime;

/// <summary>
/// One human-readable text in several languages, keyed by BCP 47 tag (<c>en</c>, <c>zh-Hant</c>): the briefings'
/// languages and any extra ones the schema allows (a quote's original). <see cref="OriginalLanguage"/> names the language
/// it was first written or spoken in, where the facts say so. Immutable; languages are kept in ordinal order so
/// equality and enumeration are stable.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A text in several languages, not a general-purpose dictionary.")]
public sealed class LocalizedText : IReadOnlyDictionary<string, string>, IEquatable<LocalizedText>
{
    private readonly KeyValuePair<string, string>[] entries;

    public LocalizedText(params (string Language, string Text)[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        entries = texts
            .Select(t => new KeyValuePair<string, string>(t.Language, t.Text))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
        for (var i = 1; i < entries.Length; i++)
        {
            if (string.Equals(entries[i - 1].Key, entries[i].Key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Language '{entries[i].Key}' is given twice.", nameof(texts));
            }
        }
    }

    private LocalizedText(KeyValuePair<string, string>[] entries, string originalLanguage)
    {
        this.entries = entries;
        OriginalLanguage = originalLanguage;
    }

    /// <summary>The language the text was first written or spoken in (one of its keys), or null where the facts do not say.</summary>
    public string? OriginalLanguage { get; }

    /// <summary>The text in <see cref="OriginalLanguage"/>, or null.</summary>
    public string? Original => OriginalLanguage is null ? null : this[OriginalLanguage];

    public int Count => entries.Length;

    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    public IEnumerable<string> Values => entries.Select(e => e.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The text in <paramref name="language"/>, else in <paramref name="fallback"/>, else null.</summary>
    public string? Get(string language, string? fallback = null)
    {
        if (TryGetValue(language, out var text))
        {
            return text;
        }

        return fallback is not null && TryGetValue(fallback, out var other) ? other : null;
    }

    /// <summary>The same texts, with <paramref name="language"/> (one of them) as the original.</summary>
    public LocalizedText WithOriginal(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!ContainsKey(language))
        {
            throw new ArgumentException($"The text has no '{language}' version, so '{language}' cannot be its original.", nameof(language));
        }

        return new LocalizedText(entries, language);
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out string value)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(LocalizedText? other)
        => other is not null && string.Equals(OriginalLanguage, other.OriginalLanguage, StringComparison.Ordinal) && entries.AsSpan().SequenceEqual(other.entries);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(OriginalLanguage, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            hash.Add(entry.Key, StringComparer.Ordinal);
            hash.Add(entry.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString()
        => string.Join(" | ", entries.Select(e => e.Key + ": " + e.Value)) + (OriginalLanguage is null ? string.Empty : " (original: " + OriginalLanguage + ")");
}
