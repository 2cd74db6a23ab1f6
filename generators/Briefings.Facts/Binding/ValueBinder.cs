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

        if (field.Type == FieldType.Ref)
        {
            context.References.Add(new FactReference(field.Name, field.Target!, value, context.Lines.Node(node)));
        }

        // A 'role: languages' field names briefing languages: a tag that is none of them would silently match no page.
        if (field.Role == FieldRole.Languages && !context.Schema.Languages.Contains(value))
        {
            context.Report(DiagnosticDescriptors.UnknownLanguage, node, YamlNode.Shorten(value), NearestMatch.Suggestion(value, context.Schema.Languages), string.Join(", ", context.Schema.Languages));
            return null;
        }

        return FactData.Value(value);
    }

    /// <summary>
    /// <c>{ en: a, b }</c> reads as the text 'a' and a key 'b' with no value: in an inline mapping an unquoted comma ends
    /// the text. Said as such (BRF028, with the text as it was meant) where it fits, else the unknown language (BRF023).
    /// Returns the text so far when the next key may be one more piece of it.
    /// </summary>
    private static (string Language, string Text)? ReportUnknownLanguage(BindContext context, YamlNode mapping, KeyValuePair<YamlNode, YamlNode> pair, (string Language, string Text)? unquoted, EquatableArray<string> languages)
    {
        var key = pair.Key.Value;
        if (mapping.IsFlow && pair.Key.IsPlain && pair.Value.IsNull && unquoted is { } text)
        {
            var meant = text.Text + ", " + key;
            context.Report(DiagnosticDescriptors.CommaInFlowText, pair.Key, YamlNode.Shorten(key), text.Language, YamlNode.Shorten(meant));
            return (text.Language, meant);
        }

        context.Report(DiagnosticDescriptors.UnknownLanguage, pair.Key, YamlNode.Shorten(key), NearestMatch.Suggestion(key, languages), string.Join(", ", languages));
        return null;
    }

    private static string? BindLocalized(BindContext context, FieldModel field, YamlNode node)
    {
        var languages = context.Schema.Languages;
        if (node.Kind != YamlNodeKind.Mapping)
        {
            context.Report(
                DiagnosticDescriptors.WrongShape,
                node,
                $"the field '{field.Name}' as one line per language ({string.Join(", ", languages.Select(l => l + ": ..."))})",
                node.Describe());
            return null;
        }

        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        (string Language, string Text)? unquoted = null; // the last plain text of the mapping, for BRF028
        foreach (var pair in node.Pairs)
        {
            var language = pair.Key.Value;
            if (!languages.Contains(language))
            {
                unquoted = ReportUnknownLanguage(context, node, pair, unquoted, languages);
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

        if (!ok)
        {
            return null;
        }

        if (texts.Count == 0)
        {
            context.Report(DiagnosticDescriptors.WrongShape, node, $"at least one language in the field '{field.Name}'", "an empty mapping");
            return null;
        }

        foreach (var language in languages)
        {
            if (!texts.ContainsKey(language))
            {
                var fallback = texts.ContainsKey(context.Schema.FallbackLanguage) ? context.Schema.FallbackLanguage : texts.Keys.First();
                context.Report(DiagnosticDescriptors.MissingTranslation, node, field.Name, language, fallback);
            }
        }

        // In ordinal language order, as LocalizedText keeps them: the data is the same whatever the key order in YAML.
        return FactData.Count(texts.Count) + "\n" + string.Join("\n", texts.Select(t => FactData.Value(t.Key) + "\n" + FactData.Value(t.Value)));
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
