using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Rendering.Diagnostics;

namespace Briefings.Rendering.Versions;

/// <summary>One published version read from its file: when, what facts, and where the file is (for diagnostics).</summary>
public sealed record PublishedVersion(VersionTime Time, ModelState State, string File)
{
    /// <summary>The line of its <c>published</c> member, where a diagnostic about its time points.</summary>
    public int TimeLine { get; init; }

    public int TimeColumn { get; init; }
}

/// <summary>
/// A published version's file (<c>versions/&lt;time&gt;.json</c> in the facts folder): JSON, so the facts' YAML glob
/// never reads it; canonical (members in ordinal order, two-space indent, <c>\n</c>, text unescaped but for JSON's
/// own), so the same facts and time give the same bytes. <c>digest</c> hashes the facts, so an edit by hand is caught.
/// </summary>
public static class VersionFile
{
    public const string FormatName = "briefings-version/1";

    public const string FolderName = "versions";

    private static readonly JsonWriterOptions Canonical = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file name of a version published at <paramref name="time"/>: <c>2025-01-28T09-00-00Z.json</c>.</summary>
    public static string FileName(VersionTime time) => time.Slug + ".json";

    public static string Write(VersionTime time, ModelState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        // The header first (in this order, so a reader sees what the file is before its facts), then the facts sorted.
        var root = new JsonObject
        {
            ["format"] = FormatName,
            ["published"] = time.ToString(),
            // One line per field, readable: a later schema that only grew still reads this version (ModelState.Incompatibility).
            ["schema"] = new JsonArray(state.Shape.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
            ["digest"] = Digest(state),
            ["facts"] = FactsObject(state),
        };
        return Serialize(root, sortTop: false) + "\n";
    }

    /// <summary>Reads a version file; null after adding a located diagnostic when it is not one, or was edited.</summary>
    public static PublishedVersion? Read(string text, string display, List<RenderDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            diagnostics.Add(RenderDiagnostics.VersionUnreadable.At(display, line, column, "not valid JSON (" + FirstSentence(ex.Message) + ")"));
            return null;
        }

        if (root is not JsonObject top)
        {
            diagnostics.Add(RenderDiagnostics.VersionUnreadable.At(display, 1, 1, "not a JSON object"));
            return null;
        }

        string? Member(string name)
        {
            if (top[name] is JsonValue value && value.TryGetValue<string>(out var s))
            {
                return s;
            }

            var (line, column) = Locate(text, name);
            diagnostics.Add(RenderDiagnostics.VersionUnreadable.At(display, line, column, $"'{name}' is missing or not a text"));
            return null;
        }

        if (Member("format") is not { } format || Member("published") is not { } published || Shape() is not { } shape || Member("digest") is not { } digest)
        {
            return null;
        }

        string? Shape()
        {
            if (top["schema"] is JsonArray lines && lines.All(l => l is JsonValue v && v.TryGetValue<string>(out _)))
            {
                return string.Concat(lines.Select(l => l!.GetValue<string>() + "\n"));
            }

            var (line, column) = Locate(text, "schema");
            diagnostics.Add(RenderDiagnostics.VersionUnreadable.At(display, line, column, "'schema' is missing or not a list of texts"));
            return null;
        }

        var (timeLine, timeColumn) = Locate(text, "published");
        if (format != FormatName)
        {
            var (line, column) = Locate(text, "format");
            diagnostics.Add(RenderDiagnostics.VersionUnreadable.At(display, line, column, $"the format '{format}' is not {FormatName}"));
            return null;
        }

        if (VersionTime.Parse(published, out var timeError) is not { } time)
        {
            diagnostics.Add(RenderDiagnostics.VersionUnreadable.At(display, timeLine, timeColumn, timeError));
            return null;
        }

        if (ReadFacts(top["facts"], shape, text, display, diagnostics) is not { } state)
        {
            return null;
        }

        if (Digest(state) != digest)
        {
            var (line, column) = Locate(text, "digest");
            diagnostics.Add(RenderDiagnostics.VersionEdited.At(display, line, column, time.ToString(), "its facts no longer match its digest"));
            return null;
        }

        return new PublishedVersion(time, state, display) { TimeLine = timeLine, TimeColumn = timeColumn };
    }

    private static ModelState? ReadFacts(JsonNode? node, string shape, string text, string display, List<RenderDiagnostic> diagnostics)
    {
        if (node is not JsonObject facts)
        {
            var (line, column) = Locate(text, "facts");
            diagnostics.Add(RenderDiagnostics.VersionUnreadable.At(display, line, column, "'facts' is missing or not an object of facts by kind/id"));
            return null;
        }

        var result = new Dictionary<string, FactState>(StringComparer.Ordinal);
        foreach (var (key, value) in facts)
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == key.Length - 1 || value is not JsonObject fields || fields.Any(f => f.Value is null))
            {
                var (line, column) = Locate(text, key);
                diagnostics.Add(RenderDiagnostics.VersionUnreadable.At(display, line, column, $"the fact '{key}' is not 'kind/id' with an object of its fields' values"));
                return null;
            }

            var values = fields.ToDictionary(f => f.Key, f => f.Value!.DeepClone(), StringComparer.Ordinal);
            result[key] = new FactState(key[..slash], key[(slash + 1)..], new SortedDictionary<string, JsonNode>(values, StringComparer.Ordinal));
        }

        return new ModelState(result, shape);
    }

    /// <summary>Hashes the facts in their canonical form, so formatting the file differently keeps it valid but changing a value does not.</summary>
    private static string Digest(ModelState state) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(FactsObject(state)))));

    private static JsonObject FactsObject(ModelState state)
    {
        var facts = new JsonObject();
        foreach (var (key, fact) in state.Facts)
        {
            facts[key] = new JsonObject(fact.Fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value.DeepClone())));
        }

        return facts;
    }

    /// <summary>JSON with every object's members in ordinal order.</summary>
    internal static string Serialize(JsonNode node, bool sortTop = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Canonical))
        {
            if (sortTop || node is not JsonObject top)
            {
                WriteSorted(writer, node);
            }
            else
            {
                writer.WriteStartObject();
                foreach (var (key, value) in top)
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, value);
                }

                writer.WriteEndObject();
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    /// <summary>The line and column (1-based) of a member's name in the file, for a diagnostic; the start if it is not there.</summary>
    internal static (int Line, int Column) Locate(string text, string name)
    {
        var index = text.IndexOf("\"" + name + "\"", StringComparison.Ordinal);
        if (index < 0)
        {
            return (1, 1);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
