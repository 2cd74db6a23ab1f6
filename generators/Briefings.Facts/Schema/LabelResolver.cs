using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;

namespace Briefings.Facts.Schema;

/// <summary>
/// Checks every label of a kind or struct against the schema's languages, once all schema files are read, and puts
/// them into its model. A tag that is not a language is an error at it (BRF023); a missing language, or no label at
/// all in a story that is not only in English, is one warning per kind or struct listing what lacks (BRF033), at the
/// first such label (or, without one, at its name): briefings then fall back, so it never stops a build.
/// </summary>
internal static class LabelResolver
{
    private const int Listed = 8;

    public static TypeModel Apply(DeclaredType type, IReadOnlyList<string> languages, List<DiagnosticInfo> diagnostics)
    {
        var needsLabels = languages.Any(l => l != "en" && !l.StartsWith("en-", StringComparison.Ordinal));
        var missing = new List<string>();
        LocationInfo? firstMissing = null;
        var resolved = new Dictionary<(string?, string?), EquatableArray<LabelText>>();
        foreach (var site in type.Labels)
        {
            var (label, lacking) = Resolve(site.Label, languages, diagnostics);
            resolved[(site.Field, site.Value)] = label;
            if (site.Label is null && !needsLabels)
            {
                continue;
            }

            if (lacking.Count > 0)
            {
                missing.Add(lacking.Count == languages.Count ? site.What : $"{site.What} ({string.Join(", ", lacking)})");
                firstMissing ??= site.Label?.At ?? site.Key;
            }
        }

        if (firstMissing is not null)
        {
            var list = string.Join(", ", missing.Take(Listed)) + (missing.Count > Listed ? $" and {missing.Count - Listed} more" : string.Empty);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LabelMissing, firstMissing, type.Model.IsKind ? "kind" : "struct", type.Model.Name, string.Join(", ", languages), list));
        }

        EquatableArray<LabelText> Of(string? field, string? value) => resolved.TryGetValue((field, value), out var label) ? label : EquatableArray<LabelText>.Empty;
        var fields = type.Model.Fields.Select(f => f with
        {
            Label = Of(f.Name, null),
            EnumLabels = f.EnumValues.Select(v => new EnumLabel(v, Of(f.Name, v))).ToEquatableArray(),
        });
        return type.Model with { Label = Of(null, null), Fields = fields.ToEquatableArray() };
    }

    /// <summary>The label's texts in the schema's language order, and the languages it lacks (none after an error: that is reported already).</summary>
    private static (EquatableArray<LabelText> Label, List<string> Lacking) Resolve(DeclaredLabel? label, IReadOnlyList<string> languages, List<DiagnosticInfo> diagnostics)
    {
        if (label is null)
        {
            return (EquatableArray<LabelText>.Empty, languages.ToList());
        }

        if (label.Short is { } text)
        {
            // One text is the first language's label; the others lack it (BRF033, a warning), so adding a language to
            // a story never fails its build before the labels are translated.
            return (new[] { new LabelText(languages[0], text) }.ToEquatableArray(), languages.Skip(1).ToList());
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, value, at) in label.Entries)
        {
            if (languages.Contains(language))
            {
                texts[language] = value;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownLanguage, at, language, NearestMatch.Suggestion(language, languages), string.Join(", ", languages), string.Empty));
            }
        }

        var result = languages.Where(texts.ContainsKey).Select(l => new LabelText(l, texts[l])).ToEquatableArray();
        return (result, languages.Where(l => !texts.ContainsKey(l)).ToList());
    }
}
