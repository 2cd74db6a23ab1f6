using System;
using System.Collections.Generic;
using System.Linq;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Emit;
using Briefings.Facts.Helpers;
using Briefings.Facts.Schema;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Binding;

/// <summary>
/// Types YAML values by the schema: lists, localized texts and structs here, single scalars by
/// <see cref="FieldValueReader"/> (YAML 1.2's core rules, never YAML 1.1's). Each value becomes its compact
/// data lines (<see cref="FactData"/>), or a located diagnostic that says what form was expected.
/// </summary>
internal static class ValueBinder
{
    /// <summary>A field's value (a list or a single value) as data lines, or null after reporting why not.</summary>
    public static string? Bind(BindContext context, TypeModel owner, FieldModel field, YamlNode node)
    {
        if (!field.IsList)
        {
            return BindSingle(context, owner, field, node);
        }

        if (node.Kind != YamlNodeKind.Sequence)
        {
            context.Report(DiagnosticDescriptors.WrongShape, node, $"a list for the field '{field.Name}' (one '- item' per line, or [a, b])", node.Describe());
            return null;
        }

        var items = new List<string>();
        var ok = true;
        foreach (var item in node.Items)
        {
            if (item.IsNull)
            {
                context.Report(DiagnosticDescriptors.WrongShape, item, $"a value in the list '{field.Name}'", item.Describe());
                ok = false;
                continue;
            }

            var expression = BindSingle(context, owner, field, item);
            ok &= expression is not null;
            if (expression is not null)
            {
                items.Add(expression);
            }
        }

        if (!ok)
        {
            return null;
        }

        return FactData.List(items);
    }

    private static string? BindSingle(BindContext context, TypeModel owner, FieldModel field, YamlNode node)
    {
        if (field.Type == FieldType.Localized)
        {
            return BindLocalized(context, field, node);
        }

        if (field.Type == FieldType.Struct)
        {
            return BindStruct(context, field, node);
        }

        // A scalar, by the same rules as a schema default; a reference is also kept for the cross-file checks.
        if (FieldValueReader.Read(field, node, context.Lines, context.Diagnostics) is not { } value)
        {
            return null;
        }

        if (!InRange(context, field, node, value))
        {
            return null;
        }

        if (field.Type == FieldType.Ref)
        {
            context.References.Add(new FactReference(field.Name, field.Target!, value, context.Lines.Node(node)));
        }

        // A 'role: languages' field names briefing languages: a tag that is none of them would silently match no page.
        if (field.Role == FieldRole.Languages && !context.Schema.Languages.Contains(value))
        {
            context.Report(DiagnosticDescriptors.UnknownLanguage, node, YamlNode.Shorten(value), NearestMatch.Suggestion(value, context.Schema.Languages), string.Join(", ", context.Schema.Languages), string.Empty);
            return null;
        }

        return FactData.Value(value);
    }

    /// <summary>A number within the field's <c>min:</c> and <c>max:</c>, if it declares them; else false after BRF042 at the value.</summary>
    private static bool InRange(BindContext context, FieldModel field, YamlNode node, string value)
    {
        if (field.Minimum is null && field.Maximum is null)
        {
            return true;
        }

        // The canonical text of a money value is "amount CUR": the bound is on the amount.
        var number = Schema.RangeReader.Parse(field.Type == FieldType.Money ? value.Substring(0, value.IndexOf(' ')) : value);
        var (bound, word, key) = field.Minimum is { } min && number < Schema.RangeReader.Parse(min) ? (min, "below", "min")
            : field.Maximum is { } max && number > Schema.RangeReader.Parse(max) ? (max, "above", "max")
            : (null, null, null);
        if (bound is null)
        {
            return true;
        }

        var shown = field.Type == FieldType.Percent ? bound + "%" : bound;
        context.Report(DiagnosticDescriptors.OutOfRange, node, YamlNode.Shorten(node.Value), word!, shown, key!, field.Name);
        return false;
    }

    /// <summary>
    /// <c>{ en: a, b }</c> reads as the text 'a' and a key 'b' with no value: in an inline mapping an unquoted comma ends
    /// the text. Said as such (BRF028, with the text as it was meant) where it fits, else the unknown language (BRF023).
    /// Returns the text so far when the next key may be one more piece of it.
    /// </summary>
    private static (string Language, string Text)? ReportUnknownLanguage(BindContext context, YamlNode mapping, KeyValuePair<YamlNode, YamlNode> pair, (string Language, string Text)? unquoted)
    {
        var key = pair.Key.Value;
        if (mapping.IsFlow && pair.Key.IsPlain && pair.Value.IsNull && unquoted is { } text)
        {
            var meant = text.Text + ", " + key;
            context.Report(DiagnosticDescriptors.CommaInFlowText, pair.Key, YamlNode.Shorten(key), text.Language, YamlNode.Shorten(meant));
            return (text.Language, meant);
        }

        ReportUnknownLanguage(context, pair.Key, key);
        return null;
    }

    /// <summary>BRF023 for a tag in neither 'languages:' nor 'extra-languages:', with the nearest of either.</summary>
    private static void ReportUnknownLanguage(BindContext context, YamlNode at, string tag)
    {
        var schema = context.Schema;
        var listed = string.Join(", ", schema.Languages) + (schema.ExtraLanguages.IsEmpty ? string.Empty : "; extra languages: " + string.Join(", ", schema.ExtraLanguages));
        const string Extra = " (or, if no briefing is written in it, to 'extra-languages:')";
        context.Report(DiagnosticDescriptors.UnknownLanguage, at, YamlNode.Shorten(tag), NearestMatch.Suggestion(tag, schema.TextLanguages), listed, Extra);
    }

    /// <summary>The key inside a localized mapping that names its original language; never a language tag (those start with 2-3 letters and a hyphen or end).</summary>
    public const string OriginalKey = "original";

    private static string? BindLocalized(BindContext context, FieldModel field, YamlNode node)
    {
        var schema = context.Schema;
        if (node.Kind != YamlNodeKind.Mapping)
        {
            context.Report(
                DiagnosticDescriptors.WrongShape,
                node,
                $"the field '{field.Name}' as one line per language ({string.Join(", ", schema.Languages.Select(l => l + ": ..."))})",
                node.Describe());
            return null;
        }

        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        YamlNode? original = null;
        var ok = true;
        (string Language, string Text)? unquoted = null; // the last plain text of the mapping, for BRF028
        foreach (var pair in node.Pairs)
        {
            var language = pair.Key.Value;
            if (language == OriginalKey)
            {
                original = pair.Value;
                unquoted = null;
                continue;
            }

            if (!schema.IsTextLanguage(language))
            {
                unquoted = ReportUnknownLanguage(context, node, pair, unquoted);
                ok = false;
                continue;
            }

            unquoted = node.IsFlow && pair.Value.Kind == YamlNodeKind.Scalar && pair.Value.IsPlain ? (language, pair.Value.Value) : null;

            if (pair.Value.Kind != YamlNodeKind.Scalar || pair.Value.IsNull)
            {
                context.Report(DiagnosticDescriptors.WrongShape, pair.Value, $"the '{language}' text of the field '{field.Name}'", pair.Value.Describe());
                ok = false;
                continue;
            }

            texts[language] = pair.Value.Value;
        }

        if (texts.Count == 0 && ok)
        {
            context.Report(DiagnosticDescriptors.WrongShape, node, $"at least one language in the field '{field.Name}'", original is null ? "an empty mapping" : "only 'original:'");
            return null;
        }

        var originalLine = original is null ? string.Empty : BindOriginal(context, field, original, texts);
        if (!ok || originalLine is null)
        {
            return null;
        }

        // Only the briefings' languages are owed a translation; an extra language is there for its own sake (an original).
        foreach (var language in schema.Languages)
        {
            if (!texts.ContainsKey(language))
            {
                var fallback = texts.ContainsKey(schema.FallbackLanguage) ? schema.FallbackLanguage : texts.Keys.First();
                context.Report(DiagnosticDescriptors.MissingTranslation, node, field.Name, language, fallback);
            }
        }

        // In ordinal language order, as LocalizedText keeps them: the data is the same whatever the key order in YAML.
        return originalLine + FactData.Count(texts.Count) + "\n" + string.Join("\n", texts.Select(t => FactData.Value(t.Key) + "\n" + FactData.Value(t.Value)));
    }

    /// <summary>
    /// <c>original: en</c>: the language the text was first written or spoken in, one of the mapping's own texts. The
    /// original's data line (with its line end), or null after reporting why not.
    /// </summary>
    private static string? BindOriginal(BindContext context, FieldModel field, YamlNode original, SortedDictionary<string, string> texts)
    {
        var languages = context.Schema.TextLanguages;
        // 'original: true' reads as a yes/no: say that one language tag is wanted, not that 'true' is an unknown language.
        if (original.Kind != YamlNodeKind.Scalar || original.IsNull || (original.IsPlain && original.Value is "true" or "false"))
        {
            context.Report(DiagnosticDescriptors.WrongShape, original, $"the language of the original text of the field '{field.Name}' (one tag, such as 'original: {texts.Keys.FirstOrDefault() ?? languages[0]}')", original.Describe());
            return null;
        }

        var language = original.Value;
        if (!languages.Contains(language))
        {
            ReportUnknownLanguage(context, original, language);
            return null;
        }

        if (!texts.ContainsKey(language))
        {
            context.Report(DiagnosticDescriptors.OriginalWithoutText, original, field.Name, language, string.Join(", ", texts.Keys));
            return null;
        }

        return FactData.Original(language) + "\n";
    }

    private static string? BindStruct(BindContext context, FieldModel field, YamlNode node)
    {
        var structType = context.Schema.Struct(field.Target!)!;
        if (node.Kind != YamlNodeKind.Mapping)
        {
            context.Report(DiagnosticDescriptors.WrongShape, node, $"a {structType.Name} (a mapping of its fields: {string.Join(", ", structType.Fields.Select(f => f.Name))})", node.Describe());
            return null;
        }

        var values = FieldBinder.BindFields(context, structType, node, $"{structType.Name} in '{field.Name}'", FieldBinder.NoReservedKeys);
        return values is null ? null : string.Join("\n", values);
    }
}
