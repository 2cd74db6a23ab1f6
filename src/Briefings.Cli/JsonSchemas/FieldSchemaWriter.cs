using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Briefings.Facts.Schema;
using Briefings.Facts.Values;

namespace Briefings.Cli.JsonSchemas;

/// <summary>
/// Writes one field's JSON Schema. Patterns and their descriptions are the binder's own (the rule
/// <see cref="FieldValueReader.RuleFor"/> gives each type), so the editor and the build agree on a value's form.
/// The JSON types are those a YAML 1.2 reader gives a value: <c>2025</c> is an integer, <c>2025-01-27</c> a string.
/// </summary>
internal static class FieldSchemaWriter
{
    public static void WriteField(Utf8JsonWriter w, SchemaModel schema, FieldModel field)
    {
        w.WriteStartObject(field.Name);
        var typeName = field.Type switch
        {
            FieldType.Ref => $"the id of a {field.Target} fact",
            FieldType.Struct => $"{field.Target} (a mapping of its fields)",
            FieldType.Enum => "one of " + string.Join(", ", field.EnumValues),
            FieldType.Localized => "localized text (" + string.Join(", ", schema.Languages.Select(l => l + ": ...")) + ")",
            FieldType.Bool => "true or false",
            _ => ValuePatterns.For(field.Type)?.Description ?? field.Type.ToString().ToLowerInvariant(),
        };
        var what = (field.IsList ? "a list, each " : string.Empty) + typeName + (field.IsRequired ? "; required" : string.Empty);
        w.WriteString("description", field.Description.Length == 0 ? char.ToUpperInvariant(what[0]) + what[1..] + "." : field.Description.TrimEnd() + " [" + what + "]");
        if (field.IsList)
        {
            w.WriteString("type", "array");
            w.WriteStartObject("items");
            WriteValue(w, schema, field);
            w.WriteEndObject();
        }
        else
        {
            WriteValue(w, schema, field);
        }

        w.WriteEndObject();
    }

    /// <summary>The keywords of one value of the field (inside the field's object, or its items).</summary>
    private static void WriteValue(Utf8JsonWriter w, SchemaModel schema, FieldModel field)
    {
        switch (field.Type)
        {
            case FieldType.Text:
                WriteTypes(w, "string", "number", "boolean");
                break;
            case FieldType.Localized:
                WriteLocalized(w, schema);
                break;
            case FieldType.Date:
                // 2025-01-27 and 2024-12 are strings to a YAML 1.2 reader; 2025 is an integer.
                WriteStringOr(w, field.Type, "integer");
                break;
            case FieldType.Integer:
                w.WriteString("type", "integer");
                break;
            case FieldType.Decimal:
                w.WriteString("type", "number");
                break;
            case FieldType.Percent:
                WriteStringOr(w, field.Type, "number");
                break;
            case FieldType.Money:
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternOf(field.Type));
                break;
            case FieldType.Ref:
                // One of the ids the target kind holds (KindSchemaWriter writes them once per file), so an editor
                // completes them and flags a dangling one; a $ref beside other keywords is ignored in draft-07, hence allOf.
                w.WriteString("type", "string");
                w.WriteStartArray("allOf");
                w.WriteStartObject();
                w.WriteString("$ref", "#/definitions/" + KindSchemaWriter.IdsDefinition(field.Target!));
                w.WriteEndObject();
                w.WriteEndArray();
                break;
            case FieldType.Url:
                w.WriteString("type", "string");
                w.WriteString("format", "uri");
                w.WriteString("pattern", PatternOf(field.Type));
                break;
            case FieldType.Bool:
                w.WriteString("type", "boolean");
                break;
            case FieldType.Enum:
                WriteEnum(w, field);
                break;
            case FieldType.Struct:
                w.WriteString("$comment", $"A {field.Target}: a mapping of its fields.");
                w.WriteStartArray("allOf");
                w.WriteStartObject();
                w.WriteString("$ref", "#/definitions/struct-" + field.Target);
                w.WriteEndObject();
                w.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException("Unhandled field type " + field.Type);
        }
    }

    private static string PatternOf(FieldType type) => ValuePatterns.For(type)!.Pattern;

    private static void WriteLocalized(Utf8JsonWriter w, SchemaModel schema)
    {
        w.WriteString("type", "object");
        w.WriteNumber("minProperties", 1);
        w.WriteStartObject("properties");
        foreach (var language in schema.TextLanguages)
        {
            w.WriteStartObject(language);
            w.WriteString("description", language == schema.FallbackLanguage ? $"The text in {language} (the fallback language)."
                : schema.ExtraLanguages.Contains(language) ? $"The text in {language}, an extra language: no briefing is written in it (a quote's original)." : $"The text in {language}.");
            WriteTypes(w, "string", "number", "boolean");
            w.WriteEndObject();
        }

        w.WriteStartObject("original");
        w.WriteString("description", "The language the text was first written or spoken in; the text in that language is given too.");
        w.WriteString("type", "string");
        w.WriteStartArray("enum");
        foreach (var language in schema.TextLanguages)
        {
            w.WriteStringValue(language);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);
        WriteOriginalHasText(w, schema);
    }

    /// <summary>'original: en' needs the 'en' text beside it (BRF034 in the build): one if/then per language.</summary>
    private static void WriteOriginalHasText(Utf8JsonWriter w, SchemaModel schema)
    {
        w.WriteStartArray("allOf");
        foreach (var language in schema.TextLanguages)
        {
            w.WriteStartObject();
            w.WriteStartObject("if");
            w.WriteStartArray("required");
            w.WriteStringValue("original");
            w.WriteEndArray();
            w.WriteStartObject("properties");
            w.WriteStartObject("original");
            w.WriteString("const", language);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("then");
            w.WriteStartArray("required");
            w.WriteStringValue(language);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>A string by the type's pattern, or a plain YAML number (a year 1000-9999 for a date).</summary>
    private static void WriteStringOr(Utf8JsonWriter w, FieldType type, string numberType)
    {
        w.WriteStartArray("anyOf");
        w.WriteStartObject();
        w.WriteString("type", "string");
        w.WriteString("pattern", PatternOf(type));
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", numberType);
        if (type == FieldType.Date)
        {
            w.WriteNumber("minimum", 1000);
            w.WriteNumber("maximum", 9999);
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteEnum(Utf8JsonWriter w, FieldModel field)
    {
        w.WriteStartArray("enum");
        foreach (var value in field.EnumValues)
        {
            w.WriteStringValue(value);

            // A plain 1.5 or true in YAML is a number or a boolean, and still the word "1.5" or "true" to the generator.
            if (ValuePatterns.Integer.IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                w.WriteNumberValue(integer);
            }
            else if (!ValuePatterns.Integer.IsMatch(value) && ValuePatterns.Decimal.IsMatch(value) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                w.WriteNumberValue(number);
            }
            else if (value is "true" or "false")
            {
                w.WriteBooleanValue(value == "true");
            }
        }

        w.WriteEndArray();
    }

    private static void WriteTypes(Utf8JsonWriter w, params string[] types)
    {
        w.WriteStartArray("type");
        foreach (var type in types)
        {
            w.WriteStringValue(type);
        }

        w.WriteEndArray();
    }
}
