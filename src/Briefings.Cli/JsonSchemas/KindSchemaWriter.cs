using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Briefings.Facts.Schema;
using Briefings.Facts.Values;

namespace Briefings.Cli.JsonSchemas;

/// <summary>
/// Writes a kind's JSON Schema (<c>&lt;kind&gt;.schema.json</c>: one fact, or several under <c>facts:</c>) and the
/// combined <c>fact.schema.json</c> that picks a kind's schema by <c>kind:</c>. Fields are written by <see cref="FieldSchemaWriter"/>.
/// </summary>
internal static class KindSchemaWriter
{
    /// <summary>The definition that lists a kind's ids: <c>ids-organisation</c>.</summary>
    public static string IdsDefinition(string kind) => "ids-" + kind;

    public static void WriteKind(Utf8JsonWriter w, SchemaModel schema, TypeModel kind, ReferenceIds ids)
    {
        var fields = kind.Fields.ToList();
        w.WriteStartObject();
        w.WriteString("$schema", JsonSchemaExport.Draft);
        w.WriteString("title", $"Fact file: {kind.Name}");
        w.WriteString("description", Describe(kind.Description, $"A file of {kind.Name} facts: one fact (kind, id and its fields), or several under facts:."));
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        w.WriteStringValue("kind");
        w.WriteEndArray();
        WriteFileProperties(w, schema, kind, fields);
        WriteFormChoice(w, fields);
        WriteDefinitions(w, schema, kind, fields, ids);
        w.WriteEndObject();
    }

    public static void WriteCombined(Utf8JsonWriter w, SchemaModel schema)
    {
        w.WriteStartObject();
        w.WriteString("$schema", JsonSchemaExport.Draft);
        w.WriteString("title", "Fact file");
        w.WriteString("description", "A fact file of any kind: its kind: picks the kind's own schema.");
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        w.WriteStringValue("kind");
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteStartObject("kind");
        w.WriteString("description", "The kind of fact (declared in the schema).");
        w.WriteStartArray("enum");
        foreach (var kind in schema.Kinds)
        {
            w.WriteStringValue(kind.Name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("allOf");
        foreach (var kind in schema.Kinds)
        {
            w.WriteStartObject();
            w.WriteStartObject("if");
            w.WriteStartObject("properties");
            w.WriteStartObject("kind");
            w.WriteString("const", kind.Name);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("then");
            w.WriteString("$ref", kind.Name + ".schema.json");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Every key either form may hold, so an editor completes them all; <see cref="WriteFormChoice"/> picks the form.</summary>
    private static void WriteFileProperties(Utf8JsonWriter w, SchemaModel schema, TypeModel kind, List<FieldModel> fields)
    {
        w.WriteStartObject("properties");
        w.WriteStartObject("kind");
        w.WriteString("description", "The kind of fact (declared in the schema).");
        w.WriteString("const", kind.Name);
        w.WriteEndObject();
        w.WriteStartObject("facts");
        w.WriteString("description", $"Several {kind.Name} facts in one file.");
        w.WriteString("type", "array");
        w.WriteNumber("minItems", 1);
        w.WriteStartObject("items");
        w.WriteString("$ref", "#/definitions/fact");
        w.WriteEndObject();
        w.WriteEndObject();
        WriteIdProperty(w);
        foreach (var field in fields)
        {
            FieldSchemaWriter.WriteField(w, schema, field);
        }

        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);
    }

    /// <summary>With <c>facts:</c>, only <c>kind</c> beside it; without, the fact's own required keys.</summary>
    private static void WriteFormChoice(Utf8JsonWriter w, List<FieldModel> fields)
    {
        w.WriteStartObject("if");
        w.WriteStartArray("required");
        w.WriteStringValue("facts");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("then");
        w.WriteStartObject("propertyNames");
        w.WriteStartArray("enum");
        w.WriteStringValue("kind");
        w.WriteStringValue("facts");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("else");
        WriteRequired(w, fields);
        w.WriteEndObject();
    }

    /// <summary>The fact (for the items of <c>facts:</c>), every struct the kind uses, and the ids of every kind its references name.</summary>
    private static void WriteDefinitions(Utf8JsonWriter w, SchemaModel schema, TypeModel kind, List<FieldModel> fields, ReferenceIds ids)
    {
        w.WriteStartObject("definitions");
        w.WriteStartObject("fact");
        w.WriteString("description", Describe(kind.Description, $"A {kind.Name} fact."));
        w.WriteString("type", "object");
        WriteRequired(w, fields);
        w.WriteStartObject("properties");
        WriteIdProperty(w);
        foreach (var field in fields)
        {
            FieldSchemaWriter.WriteField(w, schema, field);
        }

        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();
        var structs = UsedStructs(schema, kind).ToList();
        foreach (var structType in structs)
        {
            WriteStruct(w, schema, structType);
        }

        var targets = structs.Prepend(kind).SelectMany(t => t.Fields).Where(f => f.Type == FieldType.Ref).Select(f => f.Target!);
        foreach (var target in targets.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            WriteIds(w, target, ids.Of(target));
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// A kind's ids as an <c>enum</c>, each with its fact's title in <c>enumDescriptions</c> (plain text, which the YAML
    /// language server shows beside each completion; never markdown, so a title cannot inject links into the editor).
    /// </summary>
    private static void WriteIds(Utf8JsonWriter w, string kind, IReadOnlyList<NamedId> ids)
    {
        w.WriteStartObject(IdsDefinition(kind));
        w.WriteString("description", ids.Count == 0
            ? $"The id of a {kind} fact; there is none yet (the build and the watch loop list them here)."
            : $"The id of a {kind} fact: one of the {ids.Count} the facts hold (the build and the watch loop keep this list current).");
        w.WriteStartArray("enum");
        foreach (var id in ids)
        {
            w.WriteStringValue(id.Id);
        }

        w.WriteEndArray();
        w.WriteStartArray("enumDescriptions");
        foreach (var id in ids)
        {
            w.WriteStringValue(id.Title);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStruct(Utf8JsonWriter w, SchemaModel schema, TypeModel structType)
    {
        w.WriteStartObject("struct-" + structType.Name);
        w.WriteString("description", Describe(structType.Description, $"A {structType.Name}."));
        w.WriteString("type", "object");
        var structFields = structType.Fields.ToList();
        if (structFields.Any(f => f.IsRequired))
        {
            w.WriteStartArray("required");
            foreach (var field in structFields.Where(f => f.IsRequired))
            {
                w.WriteStringValue(field.Name);
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        foreach (var field in structFields)
        {
            FieldSchemaWriter.WriteField(w, schema, field);
        }

        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();
    }

    /// <summary>The id, by the binder's slug pattern and length (the table in <see cref="ValuePatterns"/>).</summary>
    private static void WriteIdProperty(Utf8JsonWriter w)
    {
        w.WriteStartObject("id");
        w.WriteString("description", $"The fact's id: {ValuePatterns.Slug.Description}, unique within the kind.");
        w.WriteString("type", "string");
        w.WriteString("pattern", ValuePatterns.Slug.Pattern);
        w.WriteNumber("maxLength", ValuePatterns.SlugMaxLength);
        w.WriteEndObject();
    }

    private static void WriteRequired(Utf8JsonWriter w, IReadOnlyList<FieldModel> fields)
    {
        w.WriteStartArray("required");
        w.WriteStringValue("id");
        foreach (var field in fields.Where(f => f.IsRequired))
        {
            w.WriteStringValue(field.Name);
        }

        w.WriteEndArray();
    }

    /// <summary>The structs a kind uses, directly or through other structs, in declaration order.</summary>
    private static IEnumerable<TypeModel> UsedStructs(SchemaModel schema, TypeModel kind)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<TypeModel>();
        pending.Enqueue(kind);
        while (pending.Count > 0)
        {
            foreach (var field in pending.Dequeue().Fields.Where(f => f.Type == FieldType.Struct))
            {
                if (used.Add(field.Target!) && schema.Struct(field.Target!) is { } next)
                {
                    pending.Enqueue(next);
                }
            }
        }

        return schema.Structs.Where(s => used.Contains(s.Name));
    }

    private static string Describe(string description, string fallback) => description.Length == 0 ? fallback : description;
}
