using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using Briefings.Generators.Binding;
using Briefings.Generators.Diagnostics;
using Briefings.Generators.Schema;

namespace Briefings.Schema;

/// <summary>One generated file: its name in the output folder and its text (UTF-8, LF, ends with a newline).</summary>
internal sealed record SchemaFile(string Name, string Text);

/// <summary>
/// The YAML schema of a facts folder, read by the generator's own <see cref="SchemaReader"/>, as JSON Schemas (draft-07,
/// which every YAML language server understands): one per kind, <c>&lt;kind&gt;.schema.json</c>, for the
/// <c># yaml-language-server: $schema=...</c> line of a fact file, and <c>fact.schema.json</c>, which picks the kind's
/// schema by the file's <c>kind:</c> (for editor settings that map every fact file to one schema).
/// The JSON types are those a YAML 1.2 reader gives a value: <c>2025</c> is an integer, <c>2025-01-27</c> a string.
/// </summary>
internal static class JsonSchemaExport
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";
    public const string CombinedName = "fact.schema.json";

    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string DatePattern = @"^\d{4}(-\d{2}(-\d{2})?)?$";
    public const string PercentPattern = @"^-?(0|[1-9][0-9]*)(\.[0-9]+)?%?$";
    public const string MoneyPattern = @"^-?(0|[1-9][0-9]*)(\.[0-9]+)? [A-Z]{3}$";
    public const string UrlPattern = "^(https?|mailto):[^ ]+$";

    private static readonly Regex IntegerText = new("^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex DecimalText = new(@"^-?(0|[1-9][0-9]*)\.[0-9]+$", RegexOptions.CultureInvariant);

    /// <summary>Reads every schema file under <paramref name="factsFolder"/>; the model, or the located schema errors.</summary>
    public static (SchemaModel? Model, IReadOnlyList<string> Errors) ReadSchema(string factsFolder)
    {
        var root = Path.GetFullPath(factsFolder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(SchemaReader.IsSchemaFile)
            .Where(p => !Path.GetRelativePath(root, p).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new FactFileText(p, Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(p)))
            .ToList();
        var result = SchemaReader.Read(files, null, CancellationToken.None);
        var errors = result.Diagnostics
            .Select(d => d.ToDiagnostic())
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
        if (result.Model is null && errors.Count == 0)
        {
            errors.Add($"{root}: error BRF026: no schema.yaml (or *.schema.yaml) in the folder");
        }

        return (errors.Count == 0 ? result.Model : null, errors);
    }

    /// <summary>Whether the generator reads the file as a schema file (schema.yaml, *.schema.yaml), never as facts.</summary>
    public static bool IsSchemaFile(string path) => SchemaReader.IsSchemaFile(path);

    /// <summary>The files for a facts folder, or its located schema errors.</summary>
    public static (IReadOnlyList<SchemaFile> Files, IReadOnlyList<string> Errors) ExportFolder(string factsFolder)
    {
        var (model, errors) = ReadSchema(factsFolder);
        return (model is null ? [] : Export(model), errors);
    }

    /// <summary>Each kind's declared field names, as the YAML schema declares them (for checks of the export).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> FieldsByKind(string factsFolder)
    {
        var (model, errors) = ReadSchema(factsFolder);
        if (model is null)
        {
            throw new InvalidOperationException(string.Join("\n", errors));
        }

        return model.Kinds.ToDictionary(k => k.Name, k => (IReadOnlyList<string>)k.Fields.Select(f => f.Name).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The files for a schema, ordered by name; the same bytes for the same schema.</summary>
    public static IReadOnlyList<SchemaFile> Export(SchemaModel schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var files = schema.Kinds.Select(kind => new SchemaFile(kind.Name + ".schema.json", Write(w => WriteKind(w, schema, kind)))).ToList();
        files.Add(new SchemaFile(CombinedName, Write(w => WriteCombined(w, schema))));
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return files;
    }

    /// <summary>Writes the files into <paramref name="folder"/> (only those that changed) and deletes stale <c>*.schema.json</c>.</summary>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<SchemaFile> files, string folder)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(folder);
        var changed = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Name);
            var bytes = Encoding.UTF8.GetBytes(file.Text);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                var temp = path + ".tmp";
                File.WriteAllBytes(temp, bytes);
                File.Move(temp, path, overwrite: true);
                changed.Add(path);
            }
        }

        var names = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.schema.json").Where(p => !names.Contains(Path.GetFileName(p))).ToList())
        {
            File.Delete(stale);
            changed.Add(stale);
        }

        return changed;
    }

    /// <summary>The files that differ from <paramref name="folder"/>'s (missing, changed or stale).</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<SchemaFile> files, string folder)
    {
        ArgumentNullException.ThrowIfNull(files);
        var differ = files
            .Where(f => !File.Exists(Path.Combine(folder, f.Name)) || File.ReadAllText(Path.Combine(folder, f.Name)) != f.Text)
            .Select(f => Path.Combine(folder, f.Name))
            .ToList();
        if (Directory.Exists(folder))
        {
            var names = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            differ.AddRange(Directory.EnumerateFiles(folder, "*.schema.json").Where(p => !names.Contains(Path.GetFileName(p))));
        }

        return differ;
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteKind(Utf8JsonWriter w, SchemaModel schema, TypeModel kind)
    {
        var fields = kind.Fields.ToList();
        w.WriteStartObject();
        w.WriteString("$schema", Draft);
        w.WriteString("title", $"Fact file: {kind.Name}");
        w.WriteString("description", Describe(kind.Description, $"A file of {kind.Name} facts: one fact (kind, id and its fields), or several under facts:."));
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        w.WriteStringValue("kind");
        w.WriteEndArray();

        // Every key either form may hold, so an editor completes them all; if/then/else picks the form.
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
            WriteField(w, schema, field);
        }

        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);

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

        w.WriteStartObject("definitions");
        w.WriteStartObject("fact");
        w.WriteString("description", Describe(kind.Description, $"A {kind.Name} fact."));
        w.WriteString("type", "object");
        WriteRequired(w, fields);
        w.WriteStartObject("properties");
        WriteIdProperty(w);
        foreach (var field in fields)
        {
            WriteField(w, schema, field);
        }

        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();
        foreach (var structType in UsedStructs(schema, kind))
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
                WriteField(w, schema, field);
            }

            w.WriteEndObject();
            w.WriteBoolean("additionalProperties", false);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteCombined(Utf8JsonWriter w, SchemaModel schema)
    {
        w.WriteStartObject();
        w.WriteString("$schema", Draft);
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

    private static void WriteIdProperty(Utf8JsonWriter w)
    {
        w.WriteStartObject("id");
        w.WriteString("description", "The fact's id: a slug (lower-case letters and digits joined by single hyphens), unique within the kind.");
        w.WriteString("type", "string");
        w.WriteString("pattern", SlugPattern);
        w.WriteNumber("maxLength", 200);
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

    private static void WriteField(Utf8JsonWriter w, SchemaModel schema, FieldModel field)
    {
        w.WriteStartObject(field.Name);
        var typeName = field.Type switch
        {
            FieldType.Ref => $"the id of a {field.Target} fact",
            FieldType.Struct => $"{field.Target} (a mapping of its fields)",
            FieldType.Enum => "one of " + string.Join(", ", field.EnumValues),
            FieldType.Localized => "localized text (" + string.Join(", ", schema.Languages.Select(l => l + ": ...")) + ")",
            FieldType.Date => "date (2025-01-27, 2024-12 or 2025)",
            FieldType.Percent => "percent (-16.86%)",
            FieldType.Money => "money (5500000 USD)",
            FieldType.Bool => "true or false",
            _ => field.Type.ToString().ToLowerInvariant(),
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
                w.WriteString("type", "object");
                w.WriteNumber("minProperties", 1);
                w.WriteStartObject("properties");
                foreach (var language in schema.Languages)
                {
                    w.WriteStartObject(language);
                    w.WriteString("description", language == schema.FallbackLanguage ? $"The text in {language} (the fallback language)." : $"The text in {language}.");
                    WriteTypes(w, "string", "number", "boolean");
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteBoolean("additionalProperties", false);
                break;
            case FieldType.Date:
                // 2025-01-27 and 2024-12 are strings to a YAML 1.2 reader; 2025 is an integer.
                w.WriteStartArray("anyOf");
                w.WriteStartObject();
                w.WriteString("type", "string");
                w.WriteString("pattern", DatePattern);
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteString("type", "integer");
                w.WriteNumber("minimum", 1000);
                w.WriteNumber("maximum", 9999);
                w.WriteEndObject();
                w.WriteEndArray();
                break;
            case FieldType.Integer:
                w.WriteString("type", "integer");
                break;
            case FieldType.Decimal:
                w.WriteString("type", "number");
                break;
            case FieldType.Percent:
                w.WriteStartArray("anyOf");
                w.WriteStartObject();
                w.WriteString("type", "string");
                w.WriteString("pattern", PercentPattern);
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteString("type", "number");
                w.WriteEndObject();
                w.WriteEndArray();
                break;
            case FieldType.Money:
                w.WriteString("type", "string");
                w.WriteString("pattern", MoneyPattern);
                break;
            case FieldType.Url:
                w.WriteString("type", "string");
                w.WriteString("format", "uri");
                w.WriteString("pattern", UrlPattern);
                break;
            case FieldType.Bool:
                w.WriteString("type", "boolean");
                break;
            case FieldType.Enum:
                w.WriteStartArray("enum");
                foreach (var value in field.EnumValues)
                {
                    w.WriteStringValue(value);

                    // A plain 1.5 or true in YAML is a number or a boolean, and still the word "1.5" or "true" to the generator.
                    if (IntegerText.IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                    {
                        w.WriteNumberValue(integer);
                    }
                    else if (DecimalText.IsMatch(value) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                    {
                        w.WriteNumberValue(number);
                    }
                    else if (value is "true" or "false")
                    {
                        w.WriteBooleanValue(value == "true");
                    }
                }

                w.WriteEndArray();
                break;
            case FieldType.Ref:
                w.WriteString("type", "string");
                w.WriteString("pattern", SlugPattern);
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

    private static void WriteTypes(Utf8JsonWriter w, params string[] types)
    {
        w.WriteStartArray("type");
        foreach (var type in types)
        {
            w.WriteStringValue(type);
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
