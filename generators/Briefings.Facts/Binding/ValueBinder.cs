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

        return FactData.Value(value);
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
        foreach (var pair in node.Pairs)
        {
            var language = pair.Key.Value;
            if (!languages.Contains(language))
            {
                context.Report(DiagnosticDescriptors.UnknownLanguage, pair.Key, YamlNode.Shorten(language), NearestMatch.Suggestion(language, languages), string.Join(", ", languages));
                ok = false;
                continue;
            }

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
